#include "compare/ComparisonJson.h"

namespace crossread {

namespace {

QString opName(WordOp::Kind kind)
{
    switch (kind) {
    case WordOp::Equal:
        return QStringLiteral("equal");
    case WordOp::Delete:
        return QStringLiteral("delete");
    case WordOp::Insert:
        return QStringLiteral("insert");
    }
    return {};
}

QJsonArray unaligned(const QList<int> &indices, const QList<Sentence> &sentences)
{
    QJsonArray out;
    for (int i : indices) {
        const Sentence &s = sentences[i];
        out.append(QJsonObject { { QStringLiteral("index"), i }, { QStringLiteral("text"), s.text },
            { QStringLiteral("start"), s.start }, { QStringLiteral("end"), s.end } });
    }
    return out;
}

} // namespace

QJsonArray wordOpsToJson(const QList<WordOp> &ops)
{
    QJsonArray out;
    for (const WordOp &op : ops) {
        QJsonObject o { { QStringLiteral("op"), opName(op.kind) }, { QStringLiteral("text"), op.text } };
        if (op.whitespace)
            o.insert(QStringLiteral("whitespace"), true);
        out.append(o);
    }
    return out;
}

QJsonObject comparisonToJson(const ComparisonResult &result, const QJsonObject &aInfo, const QJsonObject &bInfo)
{
    QJsonArray alignments;
    for (const SentencePair &p : result.pairs) {
        const Sentence &a = result.sentencesA[p.a];
        const Sentence &b = result.sentencesB[p.b];
        QJsonObject o { { QStringLiteral("a_index"), p.a }, { QStringLiteral("b_index"), p.b },
            { QStringLiteral("a_text"), a.text }, { QStringLiteral("b_text"), b.text },
            { QStringLiteral("a_start"), a.start }, { QStringLiteral("b_start"), b.start },
            { QStringLiteral("kind"), sentencePairKindName(p.kind) }, { QStringLiteral("moved"), p.moved },
            { QStringLiteral("similarity"), qRound(p.similarity * 1000) / 1000.0 } };
        if (p.kind != SentencePair::Identical)
            o.insert(QStringLiteral("ops"), wordOpsToJson(p.ops));
        alignments.append(o);
    }
    QJsonArray figures;
    for (const FigureComparison &f : result.figures) {
        figures.append(QJsonObject { { QStringLiteral("a_text"), f.aText }, { QStringLiteral("b_text"), f.bText },
            { QStringLiteral("label"), f.label }, { QStringLiteral("status"), figureStatusName(f.status) },
            { QStringLiteral("a_start"), f.aStart }, { QStringLiteral("b_start"), f.bStart } });
    }
    return QJsonObject { { QStringLiteral("a"), aInfo }, { QStringLiteral("b"), bInfo },
        { QStringLiteral("common_words"), result.commonWords }, { QStringLiteral("words_a"), result.wordsA },
        { QStringLiteral("words_b"), result.wordsB },
        { QStringLiteral("shared_ratio"), qRound(result.sharedRatio() * 1000) / 1000.0 },
        { QStringLiteral("ops"), wordOpsToJson(result.ops) }, { QStringLiteral("alignments"), alignments },
        { QStringLiteral("only_a"), unaligned(result.onlyA, result.sentencesA) },
        { QStringLiteral("only_b"), unaligned(result.onlyB, result.sentencesB) },
        { QStringLiteral("figures"), figures } };
}

} // namespace crossread
