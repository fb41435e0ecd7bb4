#pragma once
// Runs the Gumbo HTML5 parser on untrusted pages. Every byte Gumbo allocates belongs to the
// guard and is freed at once when the guard goes (never by walking the tree, which Gumbo does
// recursively), and a parse that needs more memory or time than its budget is stopped from
// inside the allocator (Gumbo's tree construction is quadratic in nesting depth). One parse per
// guard; each thread uses its own.
#include <QByteArray>

#include <chrono>
#include <csetjmp>
#include <cstddef>

struct GumboInternalOutput;

namespace crossread {

class GumboGuard
{
public:
    struct Budget
    {
        std::size_t maxBytes = std::size_t(1) << 30; // outstanding bytes allocated by Gumbo
        std::chrono::milliseconds maxTime { 10000 };
    };
    enum class Stop { None, Memory, Time };

    explicit GumboGuard(const Budget &budget);
    ~GumboGuard();
    GumboGuard(const GumboGuard &) = delete;
    GumboGuard &operator=(const GumboGuard &) = delete;

    // The parsed document, valid while the guard lives; null when the budget ran out (stop()
    // says which) or parse() was called before.
    const GumboInternalOutput *parse(const QByteArray &utf8);
    Stop stop() const { return m_stop; }

private:
    struct Block;

    static void *allocate(void *guard, std::size_t size);
    static void deallocate(void *guard, void *pointer);
    [[noreturn]] void escape(Stop why);

    Budget m_budget;
    Block *m_blocks = nullptr; // every live allocation, newest first
    std::size_t m_bytes = 0;
    unsigned m_calls = 0;
    std::chrono::steady_clock::time_point m_deadline;
    Stop m_stop = Stop::None;
    bool m_used = false;
    std::jmp_buf m_escape;
};

} // namespace crossread
