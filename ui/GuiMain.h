#pragma once
// The graphical entry point: `crossread` opens the last project (or the welcome page),
// `crossread FOLDER` opens or creates FOLDER/.crossread/project.db and imports the folder,
// `crossread FILE.db` opens that project; `--lang CODE` picks the interface language.
namespace crossread {

int runGui(int argc, char **argv);

} // namespace crossread
