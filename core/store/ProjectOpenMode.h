#pragma once
// How a project file is opened: only an import creates a project; every other use opens an
// existing one. A header of its own so that callers (the Workspace) need not include SQL headers.

namespace crossread {

enum class ProjectOpenMode {
    ExistingOnly, // a missing path, an empty file or a foreign database is refused
    CreateIfMissing, // a missing path or an empty file becomes a new project
};

} // namespace crossread
