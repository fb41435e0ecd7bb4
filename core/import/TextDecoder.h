#pragma once
// Turns the raw bytes of a text file into the stored article text: detects the encoding,
// strips a byte order mark and normalises line endings to \n, and leaves everything else alone.
#include <QByteArray>
#include <QString>

namespace crossread {

class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1", ...
        bool hadBom = false;
    };

    // Detects the encoding (BOM, then BOM-less UTF-16 by its NUL bytes, then valid UTF-8, then
    // Windows-1252 or Latin-1).
    static Result decode(const QByteArray &bytes);

    // Decodes with a declared encoding (e.g. an HTML <meta charset>). A BOM still wins, and an
    // unknown name or a UTF-8 declaration the bytes contradict falls back to detection.
    static Result decodeAs(const QByteArray &bytes, const QString &encodingName);

    // "UTF-8", "UTF-16LE" or "UTF-16BE" when bytes start with that BOM, else empty.
    static QString bomEncoding(const QByteArray &bytes);

    static bool isValidUtf8(const QByteArray &bytes);

    // \r\n and lone \r become \n.
    static QString normaliseLineEndings(const QString &text);

    // NUL bytes in the first 8 KB (unless the data is UTF-16) or a high share of control bytes.
    static bool looksBinary(const QByteArray &bytes);

private:
    static QString utf16WithoutBom(const QByteArray &bytes);
    static Result decodeWith(const QByteArray &bytes, const QString &encoding, qsizetype skip);
};

} // namespace crossread
