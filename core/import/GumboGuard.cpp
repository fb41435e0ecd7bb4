#include "GumboGuard.h"

#include <gumbo.h>

#include <cstdlib>

namespace crossread {

// Header in front of each allocation; its size keeps the caller's block aligned for any type.
struct alignas(std::max_align_t) GumboGuard::Block
{
    Block *previous;
    Block *next;
    std::size_t size;
};

GumboGuard::GumboGuard(const Budget &budget)
    : m_budget(budget)
{ }

GumboGuard::~GumboGuard()
{
    for (Block *block = m_blocks; block;) {
        Block *next = block->next;
        std::free(block);
        block = next;
    }
}

void GumboGuard::escape(Stop why)
{
    m_stop = why;
    // Only Gumbo's C frames and allocate() lie between here and parse(): nothing to destroy.
    std::longjmp(m_escape, 1);
}

void *GumboGuard::allocate(void *guard, std::size_t size)
{
    auto *self = static_cast<GumboGuard *>(guard);
    if (size > self->m_budget.maxBytes || self->m_bytes > self->m_budget.maxBytes - size)
        self->escape(Stop::Memory);
    // Gumbo allocates for every tag and text run, so this check runs often enough.
    if ((++self->m_calls & 255u) == 0 && std::chrono::steady_clock::now() > self->m_deadline)
        self->escape(Stop::Time);
    auto *block = static_cast<Block *>(std::malloc(sizeof(Block) + size));
    if (!block)
        self->escape(Stop::Memory);
    block->previous = nullptr;
    block->next = self->m_blocks;
    block->size = size;
    if (self->m_blocks)
        self->m_blocks->previous = block;
    self->m_blocks = block;
    self->m_bytes += size;
    return block + 1;
}

void GumboGuard::deallocate(void *guard, void *pointer)
{
    if (!pointer)
        return;
    auto *self = static_cast<GumboGuard *>(guard);
    Block *block = static_cast<Block *>(pointer) - 1;
    if (block->previous)
        block->previous->next = block->next;
    else
        self->m_blocks = block->next;
    if (block->next)
        block->next->previous = block->previous;
    self->m_bytes -= block->size;
    std::free(block);
}

const GumboInternalOutput *GumboGuard::parse(const QByteArray &utf8)
{
    if (m_used)
        return nullptr;
    m_used = true;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &GumboGuard::allocate;
    options.deallocator = &GumboGuard::deallocate;
    options.userdata = this;
    // Each recorded error copies the stack of open elements: quadratic memory on deep pages.
    options.max_errors = 0;
    m_deadline = std::chrono::steady_clock::now() + m_budget.maxTime;
    if (setjmp(m_escape) != 0)
        return nullptr;
    return gumbo_parse_with_options(&options, utf8.constData(), std::size_t(utf8.size()));
}

} // namespace crossread
