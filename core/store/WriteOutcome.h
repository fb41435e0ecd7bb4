#pragma once
// How a versioned write of one row ended: written, refused because another connection wrote the
// row since the version the edit read (a conflict), or failed (the database's error says why).
namespace crossread {

enum class WriteOutcome { Written, Conflict, Failed };

} // namespace crossread
