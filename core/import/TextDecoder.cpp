#include "TextDecoder.h"

#include <QStringDecoder>
#include <QStringList>

namespace crossread {

namespace {

constexpr qsizetype SniffLength = 8192;

bool hasC1Bytes(const QByteArray &bytes)
{
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b <= 0x9F)
            return true;
    }
    return false;
}

// The labels browsers treat as Windows-1252: pages that say Latin-1 routinely contain curly quotes.
bool isWindows1252Label(const QString &name)
{
    static const QStringList labels = { QStringLiteral("windows-1252"), QStringLiteral("cp1252"),
        QStringLiteral("iso-8859-1"), QStringLiteral("iso8859-1"), QStringLiteral("latin1"), QStringLiteral("latin-1"),
        QStringLiteral("l1"), QStringLiteral("us-ascii"), QStringLiteral("ascii"), QStringLiteral("x-cp1252") };
    return labels.contains(name);
}

} // namespace

QString TextDecoder::bomEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    if (bytes.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    return {};
}

bool TextDecoder::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString unused = decoder(bytes);
    Q_UNUSED(unused)
    return !decoder.hasError();
}

QString TextDecoder::normaliseLineEndings(const QString &text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            out.append(QLatin1Char('\n'));
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else {
            out.append(c);
        }
    }
    return out;
}

// UTF-16 without a BOM shows up as a zero byte in every other position for Latin-script text.
QString TextDecoder::utf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype n = qMin(bytes.size(), SniffLength) & ~qsizetype(1);
    if (n < 4)
        return {};
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += bytes.at(i) == '\0';
        zeroOdd += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 < pairs)
        return QStringLiteral("UTF-16LE");
    if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 < pairs)
        return QStringLiteral("UTF-16BE");
    return {};
}

TextDecoder::Result TextDecoder::decodeWith(const QByteArray &bytes, const QString &encoding, qsizetype skip)
{
    QStringDecoder decoder(encoding.toLatin1().constData(), QStringConverter::Flag::Stateless);
    Result result;
    if (!decoder.isValid()) {
        // Without ICU only the Unicode codecs and Latin-1 exist; Latin-1 keeps every byte.
        decoder = QStringDecoder(QStringConverter::Latin1, QStringConverter::Flag::Stateless);
        result.encoding = QStringLiteral("ISO-8859-1");
    } else {
        result.encoding = encoding;
    }
    result.hadBom = skip > 0;
    result.text = normaliseLineEndings(decoder(QByteArrayView(bytes).sliced(skip)));
    return result;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    const QString bom = bomEncoding(bytes);
    if (!bom.isEmpty())
        return decodeWith(bytes, bom, bom == QLatin1String("UTF-8") ? 3 : 2);
    // Before the UTF-8 check: ASCII text in UTF-16 is also valid UTF-8, full of NUL characters.
    const QString utf16 = utf16WithoutBom(bytes);
    if (!utf16.isEmpty())
        return decodeWith(bytes, utf16, 0);
    if (isValidUtf8(bytes))
        return decodeWith(bytes, QStringLiteral("UTF-8"), 0);
    // Windows-1252 and Latin-1 agree outside 0x80-0x9F, so the name tells which one the bytes need.
    if (hasC1Bytes(bytes))
        return decodeWith(bytes, QStringLiteral("windows-1252"), 0);
    return decodeWith(bytes, QStringLiteral("ISO-8859-1"), 0);
}

TextDecoder::Result TextDecoder::decodeAs(const QByteArray &bytes, const QString &encodingName)
{
    const QString name = encodingName.trimmed().toLower();
    if (!bomEncoding(bytes).isEmpty() || name.isEmpty())
        return decode(bytes);
    if (name == QLatin1String("utf-8") || name == QLatin1String("utf8")) {
        if (isValidUtf8(bytes))
            return decodeWith(bytes, QStringLiteral("UTF-8"), 0);
        return decode(bytes);
    }
    // A page cannot declare UTF-16 in ASCII bytes and mean it; trust the bytes instead.
    if (name.startsWith(QLatin1String("utf-16")) || name.startsWith(QLatin1String("utf16")))
        return decode(bytes);
    if (isWindows1252Label(name)) {
        if (hasC1Bytes(bytes))
            return decodeWith(bytes, QStringLiteral("windows-1252"), 0);
        return decodeWith(bytes, QStringLiteral("ISO-8859-1"), 0);
    }
    QStringDecoder probe(name.toLatin1().constData());
    if (!probe.isValid())
        return decode(bytes);
    return decodeWith(bytes, QString::fromLatin1(probe.name()), 0);
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    const QString bom = bomEncoding(bytes);
    if (bom.startsWith(QLatin1String("UTF-16")) || !utf16WithoutBom(bytes).isEmpty())
        return false;
    const QByteArrayView head = QByteArrayView(bytes).first(qMin(bytes.size(), SniffLength));
    qsizetype controls = 0;
    for (char c : head) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0)
            return true;
        const bool textControl = b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v' || b == 0x1B;
        if ((b < 0x20 && !textControl) || b == 0x7F)
            ++controls;
    }
    return controls * 10 > head.size();
}

} // namespace crossread
