#include "compare/ComparisonJson.h"

#include "domain/CodePoints.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QStringEncoder>

#include <charconv>
#include <cstdio>
#include <string>

namespace crossread {

namespace {

// Appends JSON tokens as UTF-8 to a buffer that goes out in large pieces: straight to the
// stream's device where it has one (the command line's stdout), so the text is encoded once.
class JsonOut
{
public:
    explicit JsonOut(QTextStream &out)
        : m_out(out)
    {
        m_buffer.reserve(size_t(kChunk) + 4096);
    }
    ~JsonOut() { flush(); }

    JsonOut &key(QLatin1StringView name)
    {
        comma();
        m_buffer += '"';
        m_buffer.append(name.data(), size_t(name.size()));
        m_buffer += "\":";
        m_first = true; // the value that follows needs no comma
        m_afterKey = true;
        return *this;
    }
    JsonOut &string(QStringView text)
    {
        comma();
        m_buffer += '"';
        // Runs of ASCII are copied, runs of other characters encoded whole.
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c >= 0x80) {
                qsizetype j = i + 1;
                while (j < text.size() && text[j].unicode() >= 0x80)
                    ++j;
                utf8(text.sliced(i, j - i));
                i = j - 1;
                continue;
            }
            if (plainAscii(c)) {
                qsizetype j = i + 1;
                while (j < text.size() && plainAscii(text[j].unicode()))
                    ++j;
                const size_t at = m_buffer.size();
                m_buffer.resize(at + size_t(j - i));
                char *to = m_buffer.data() + at;
                for (qsizetype k = i; k < j; ++k)
                    *to++ = char(text[k].unicode());
                i = j - 1;
                continue;
            }
            switch (c) {
            case u'"':
                m_buffer += "\\\"";
                break;
            case u'\\':
                m_buffer += "\\\\";
                break;
            case u'\n':
                m_buffer += "\\n";
                break;
            case u'\t':
                m_buffer += "\\t";
                break;
            case u'\r':
                m_buffer += "\\r";
                break;
            default: {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", unsigned(c));
                m_buffer += escape;
            }
            }
        }
        m_buffer += '"';
        return next();
    }
    // A string known to need no escaping.
    JsonOut &ascii(QLatin1StringView text)
    {
        comma();
        m_buffer += '"';
        m_buffer.append(text.data(), size_t(text.size()));
        m_buffer += '"';
        return next();
    }
    JsonOut &number(qint64 n)
    {
        comma();
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        m_buffer.append(digits, end);
        return next();
    }
    // Rounded to three decimals, written as printf's %.6g (and QString::number(x, 'g', 6)) would.
    JsonOut &real(double x)
    {
        comma();
        char digits[32];
        const auto end
            = std::to_chars(digits, digits + sizeof digits, qRound(x * 1000) / 1000.0, std::chars_format::general, 6)
                  .ptr;
        m_buffer.append(digits, end);
        return next();
    }
    JsonOut &boolean(bool b)
    {
        comma();
        m_buffer += b ? "true" : "false";
        return next();
    }
    JsonOut &object(const QJsonObject &o)
    {
        comma();
        m_buffer += QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
        return next();
    }
    JsonOut &open(char bracket)
    {
        comma();
        m_buffer += bracket;
        m_first = true;
        m_afterKey = false;
        return *this;
    }
    JsonOut &close(char bracket)
    {
        m_buffer += bracket;
        return next();
    }
    // Ends one element of an array: a newline keeps the output readable and diffable.
    void newline() { m_buffer += '\n'; }

private:
    static bool plainAscii(char16_t c) { return c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\'; }
    void utf8(QStringView run)
    {
        if (run.isEmpty())
            return;
        const size_t at = m_buffer.size();
        m_buffer.resize(at + size_t(run.size()) * 3); // the most UTF-8 bytes one UTF-16 unit takes
        char *end = m_encoder.appendToBuffer(m_buffer.data() + at, run);
        m_buffer.resize(size_t(end - m_buffer.data()));
    }
    void comma()
    {
        if (!m_first && !m_afterKey)
            m_buffer += ',';
        m_afterKey = false;
    }
    JsonOut &next()
    {
        m_first = false;
        m_afterKey = false;
        if (m_buffer.size() > size_t(kChunk))
            flush();
        return *this;
    }
    // The buffer always ends between two values, so it holds whole UTF-8 sequences.
    void flush()
    {
        if (m_buffer.empty())
            return;
        if (QIODevice *device = m_out.device()) {
            m_out.flush(); // what the stream holds goes first
            device->write(m_buffer.data(), qint64(m_buffer.size()));
        } else {
            m_out << QString::fromUtf8(m_buffer.data(), qsizetype(m_buffer.size()));
        }
        m_buffer.clear();
    }

    static constexpr qsizetype kChunk = 1 << 16;
    QTextStream &m_out;
    std::string m_buffer; // inline appends: most of what is written is single characters
    QStringEncoder m_encoder { QStringEncoder::Utf8 };
    bool m_first = true;
    bool m_afterKey = false;
};

QLatin1StringView opName(WordOp::Kind kind)
{
    switch (kind) {
    case WordOp::Equal:
        return QLatin1StringView("equal");
    case WordOp::Delete:
        return QLatin1StringView("delete");
    case WordOp::Insert:
        return QLatin1StringView("insert");
    }
    return {};
}

void writeOps(JsonOut &j, const QList<WordOp> &ops)
{
    j.open('[');
    for (const WordOp &op : ops) {
        j.open('{').key(QLatin1StringView("op")).ascii(opName(op.kind));
        j.key(QLatin1StringView("text")).string(op.text);
        if (op.whitespace)
            j.key(QLatin1StringView("whitespace")).boolean(true);
        j.close('}');
        if (ops.size() > 8)
            j.newline();
    }
    j.close(']');
}

void writeIndices(JsonOut &j, SentenceRun run)
{
    j.open('[');
    for (int s = run.first; s < run.end(); ++s)
        j.number(s);
    j.close(']');
}

// The stored text between two code points, without a copy.
QStringView slice(const QString &text, const CodePoints &cp, qint64 start, qint64 end)
{
    const qsizetype from = cp.toUtf16(start);
    return QStringView(text).sliced(from, cp.toUtf16(end) - from);
}

void writeUnaligned(JsonOut &j, const QList<int> &indices, const QList<Sentence> &sentences)
{
    j.open('[');
    for (int i : indices) {
        const Sentence &s = sentences[i];
        j.open('{').key(QLatin1StringView("index")).number(i);
        j.key(QLatin1StringView("start")).number(s.start).key(QLatin1StringView("end")).number(s.end);
        j.key(QLatin1StringView("text")).string(s.text).close('}');
    }
    j.close(']');
}

} // namespace

void writeComparisonJson(
    const ComparisonResult &r, const QJsonObject &aInfo, const QJsonObject &bInfo, QTextStream &out)
{
    JsonOut j(out);
    const CodePoints cpa(r.textA);
    const CodePoints cpb(r.textB);
    int kinds[5] = { 0, 0, 0, 0, 0 };
    int moved = 0;
    for (const Alignment &al : r.alignments) {
        ++kinds[al.kind];
        moved += al.moved ? 1 : 0;
    }
    j.open('{');
    j.key(QLatin1StringView("a")).object(aInfo);
    j.key(QLatin1StringView("b")).object(bInfo);
    j.newline();
    j.key(QLatin1StringView("summary")).open('{');
    j.key(QLatin1StringView("a_supported_by_b")).real(r.supportOfA());
    j.key(QLatin1StringView("b_supported_by_a")).real(r.supportOfB());
    j.key(QLatin1StringView("words_a")).number(r.wordsA);
    j.key(QLatin1StringView("words_b")).number(r.wordsB);
    j.key(QLatin1StringView("supported_words_a")).number(r.supportedWordsA);
    j.key(QLatin1StringView("supported_words_b")).number(r.supportedWordsB);
    j.key(QLatin1StringView("sentences_a")).number(r.sentencesA.size());
    j.key(QLatin1StringView("sentences_b")).number(r.sentencesB.size());
    j.key(QLatin1StringView("alignments")).number(r.alignments.size());
    for (int k = 0; k < 5; ++k)
        j.key(QLatin1StringView(alignmentKindName(Alignment::Kind(k)).toLatin1())).number(kinds[k]);
    j.key(QLatin1StringView("moved")).number(moved);
    j.key(QLatin1StringView("only_a")).number(r.onlyA.size());
    j.key(QLatin1StringView("only_b")).number(r.onlyB.size());
    j.key(QLatin1StringView("common_words")).number(r.commonWords);
    j.key(QLatin1StringView("shared_ratio")).real(r.sharedRatio());
    j.close('}');
    j.key(QLatin1StringView("common_words")).number(r.commonWords);
    j.key(QLatin1StringView("words_a")).number(r.wordsA);
    j.key(QLatin1StringView("words_b")).number(r.wordsB);
    j.key(QLatin1StringView("shared_ratio")).real(r.sharedRatio());
    j.newline();

    j.key(QLatin1StringView("alignments")).open('[');
    for (const Alignment &al : r.alignments) {
        const Sentence &a0 = r.sentencesA[al.a.first];
        const Sentence &a1 = r.sentencesA[al.a.last()];
        const Sentence &b0 = r.sentencesB[al.b.first];
        const Sentence &b1 = r.sentencesB[al.b.last()];
        j.open('{');
        j.key(QLatin1StringView("a_sentences"));
        writeIndices(j, al.a);
        j.key(QLatin1StringView("b_sentences"));
        writeIndices(j, al.b);
        j.key(QLatin1StringView("a_start")).number(a0.start).key(QLatin1StringView("a_end")).number(a1.end);
        j.key(QLatin1StringView("b_start")).number(b0.start).key(QLatin1StringView("b_end")).number(b1.end);
        j.key(QLatin1StringView("kind")).string(alignmentKindName(al.kind));
        j.key(QLatin1StringView("moved")).boolean(al.moved);
        j.key(QLatin1StringView("similarity")).real(al.similarity);
        j.key(QLatin1StringView("support_a")).real(al.supportA);
        j.key(QLatin1StringView("support_b")).real(al.supportB);
        j.key(QLatin1StringView("a_text")).string(slice(r.textA, cpa, a0.start, a1.end));
        j.key(QLatin1StringView("b_text")).string(slice(r.textB, cpb, b0.start, b1.end));
        // The whole-text ops show what changed inside in-order alignments; a moved one is a
        // deletion and an insertion there, so it carries the word diff of its own runs.
        if (al.moved && al.kind != Alignment::Identical) {
            j.key(QLatin1StringView("ops"));
            writeOps(j, al.ops);
        }
        j.close('}');
        j.newline();
    }
    j.close(']');
    j.key(QLatin1StringView("only_a"));
    writeUnaligned(j, r.onlyA, r.sentencesA);
    j.key(QLatin1StringView("only_b"));
    writeUnaligned(j, r.onlyB, r.sentencesB);
    j.newline();
    j.key(QLatin1StringView("figures")).open('[');
    for (const FigureComparison &f : r.figures) {
        j.open('{').key(QLatin1StringView("a_text")).string(f.aText).key(QLatin1StringView("b_text")).string(f.bText);
        j.key(QLatin1StringView("label")).string(f.label);
        j.key(QLatin1StringView("status")).string(figureStatusName(f.status));
        j.key(QLatin1StringView("a_start")).number(f.aStart).key(QLatin1StringView("b_start")).number(f.bStart);
        j.key(QLatin1StringView("alignment")).number(f.alignment).close('}');
        j.newline();
    }
    j.close(']');
    j.newline();
    j.key(QLatin1StringView("ops"));
    writeOps(j, r.ops);
    j.close('}');
    j.newline();
}

QString comparisonJson(const ComparisonResult &result, const QJsonObject &aInfo, const QJsonObject &bInfo)
{
    QString out;
    QTextStream stream(&out);
    writeComparisonJson(result, aInfo, bInfo, stream);
    stream.flush();
    return out;
}

} // namespace crossread
