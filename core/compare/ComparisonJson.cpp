#include "compare/ComparisonJson.h"

#include "domain/CodePoints.h"

#include <QJsonDocument>

namespace crossread {

namespace {

// Appends JSON tokens to a buffer that goes to the stream in large pieces.
class JsonOut
{
public:
    explicit JsonOut(QTextStream &out)
        : m_out(out)
    {
        m_buffer.reserve(kChunk + 4096);
    }
    ~JsonOut() { flush(); }

    JsonOut &key(QLatin1StringView name)
    {
        comma();
        m_buffer += u'"';
        m_buffer += name;
        m_buffer += QLatin1StringView("\":");
        m_first = true; // the value that follows needs no comma
        m_afterKey = true;
        return *this;
    }
    JsonOut &string(QStringView text)
    {
        comma();
        m_buffer += u'"';
        // Runs that need no escaping are copied whole; prose has few characters that do.
        qsizetype from = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c >= 0x20 && c != u'"' && c != u'\\')
                continue;
            m_buffer += text.sliced(from, i - from);
            from = i + 1;
            switch (c) {
            case u'"':
                m_buffer += QLatin1StringView("\\\"");
                break;
            case u'\\':
                m_buffer += QLatin1StringView("\\\\");
                break;
            case u'\n':
                m_buffer += QLatin1StringView("\\n");
                break;
            case u'\t':
                m_buffer += QLatin1StringView("\\t");
                break;
            case u'\r':
                m_buffer += QLatin1StringView("\\r");
                break;
            default:
                m_buffer += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            }
        }
        m_buffer += text.sliced(from);
        m_buffer += u'"';
        return next();
    }
    // A string known to need no escaping.
    JsonOut &ascii(QLatin1StringView text)
    {
        comma();
        m_buffer += u'"';
        m_buffer += text;
        m_buffer += u'"';
        return next();
    }
    JsonOut &number(qint64 n)
    {
        comma();
        m_buffer += QString::number(n);
        return next();
    }
    JsonOut &real(double x)
    {
        comma();
        m_buffer += QString::number(qRound(x * 1000) / 1000.0, 'g', 6);
        return next();
    }
    JsonOut &boolean(bool b)
    {
        comma();
        m_buffer += b ? QLatin1StringView("true") : QLatin1StringView("false");
        return next();
    }
    JsonOut &object(const QJsonObject &o)
    {
        comma();
        m_buffer += QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        return next();
    }
    JsonOut &open(char bracket)
    {
        comma();
        m_buffer += QLatin1Char(bracket);
        m_first = true;
        m_afterKey = false;
        return *this;
    }
    JsonOut &close(char bracket)
    {
        m_buffer += QLatin1Char(bracket);
        return next();
    }
    // Ends one element of an array: a newline keeps the output readable and diffable.
    void newline() { m_buffer += u'\n'; }

private:
    void comma()
    {
        if (!m_first && !m_afterKey)
            m_buffer += u',';
        m_afterKey = false;
    }
    JsonOut &next()
    {
        m_first = false;
        m_afterKey = false;
        if (m_buffer.size() > kChunk)
            flush();
        return *this;
    }
    void flush()
    {
        m_out << m_buffer;
        m_buffer.clear();
    }

    static constexpr qsizetype kChunk = 1 << 16;
    QTextStream &m_out;
    QString m_buffer;
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
