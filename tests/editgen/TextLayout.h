#pragma once
// Paragraphs, sentences, words and figures of a text, as code point ranges: where the edit
// generator can make its edits. Paragraphs are blocks between blank lines (each line, in a text
// without blank lines); sentences end at . ! ? before a space or the paragraph's end.
#include "domain/Types.h"

#include <QList>
#include <string>

namespace crossread::editgen {

class TextLayout
{
public:
    explicit TextLayout(const std::u32string &text);

    const QList<TextRange> &paragraphs() const { return m_paragraphs; }
    QList<TextRange> sentences(TextRange paragraph) const;
    QList<TextRange> sentences() const; // of the whole text
    QList<TextRange> words(TextRange range) const; // letters, digits and inner - ' .
    QList<TextRange> figures(TextRange range) const; // numbers with their currency, % or scale word
    int paragraphHolding(qint64 position) const; // -1 outside every paragraph
    TextRange sentenceHolding(qint64 position) const; // empty where there is none

private:
    const std::u32string &m_text;
    QList<TextRange> m_paragraphs;
};

bool isWordChar(char32_t c);

} // namespace crossread::editgen
