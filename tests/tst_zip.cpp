// Tests of the ZIP layer under REFI-QDA import and export: archives that lie about their sizes,
// limits judged from the inflated data, and what the writer produces. Hostile archives are built
// byte by byte here with zlib, sharing no code with libzip, so every header field can lie.
#include "TestSupport.h"

#include "export/QdpxImporter.h"
#include "export/ZipReader.h"
#include "export/ZipWriter.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <zlib.h>

using namespace crossread;

namespace {

constexpr qint64 MiB = qint64(1) << 20;

// One entry as written into the archive: every field is what the headers declare.
struct RawEntry
{
    QByteArray name;
    QByteArray payload; // the bytes stored after the local header
    quint16 method = 8;
    quint32 crc = 0;
    quint32 size = 0; // declared uncompressed size
};

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// Local header and central directory entry share these fields (APPNOTE 4.3.7 / 4.3.12).
void putCommon(QByteArray &out, const RawEntry &e)
{
    put16(out, 20); // version needed: deflate
    put16(out, 0); // flags
    put16(out, e.method);
    put16(out, 0); // time
    put16(out, 0x5821); // date: 2024-01-01
    put32(out, e.crc);
    put32(out, quint32(e.payload.size()));
    put32(out, e.size);
    put16(out, quint16(e.name.size()));
    put16(out, 0); // extra
}

QByteArray rawZip(const QList<RawEntry> &entries)
{
    QByteArray out;
    QList<quint32> offsets;
    for (const RawEntry &e : entries) {
        offsets << quint32(out.size());
        put32(out, 0x04034b50);
        putCommon(out, e);
        out += e.name + e.payload;
    }
    const quint32 directory = quint32(out.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        put32(out, 0x02014b50);
        put16(out, 20); // made by
        putCommon(out, entries[i]);
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, offsets[i]);
        out += entries[i].name;
    }
    const quint32 directorySize = quint32(out.size()) - directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, directorySize);
    put32(out, directory);
    put16(out, 0);
    return out;
}

// A raw deflate stream of `count` zero bytes, made without holding them in memory.
QByteArray deflatedZeros(qint64 count)
{
    static const QByteArray zeros(int(MiB), '\0');
    z_stream zs {};
    deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    QByteArray out;
    char buffer[64 * 1024];
    qint64 left = count;
    int flush = Z_NO_FLUSH;
    do {
        if (zs.avail_in == 0 && left > 0) {
            const qint64 n = qMin(left, MiB);
            zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
            zs.avail_in = uInt(n);
            left -= n;
        }
        flush = left == 0 && zs.avail_in == 0 ? Z_FINISH : Z_NO_FLUSH;
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        deflate(&zs, flush);
        out.append(buffer, int(sizeof buffer - zs.avail_out));
    } while (!(flush == Z_FINISH && zs.avail_out != 0));
    deflateEnd(&zs);
    return out;
}

quint32 crcOfZeros(qint64 count)
{
    static const QByteArray zeros(int(MiB), '\0');
    uLong crc = crc32(0, nullptr, 0);
    for (qint64 left = count; left > 0; left -= MiB)
        crc = crc32(crc, reinterpret_cast<const Bytef *>(zeros.constData()), uInt(qMin(left, MiB)));
    return quint32(crc);
}

// `count` entries of `actual` zero bytes each, declaring `declared` bytes, the compressed data
// padded so that the declared compression ratio looks like text (10:1).
QByteArray zeroBomb(int count, qint64 actual, qint64 declared)
{
    static QHash<qint64, std::pair<QByteArray, quint32>> made;
    if (!made.contains(actual))
        made.insert(actual, { deflatedZeros(actual), crcOfZeros(actual) });
    const auto &[stream, crc] = made[actual];
    QList<RawEntry> entries;
    for (int i = 0; i < count; ++i) {
        RawEntry e;
        e.name = "Sources/" + QByteArray::number(i) + ".txt";
        e.payload = stream + QByteArray(int(qMax<qint64>(0, actual / 10 - stream.size())), '\0');
        e.crc = crc;
        e.size = quint32(declared);
        entries << e;
    }
    return rawZip(entries);
}

struct ToolRun
{
    bool found = false;
    int exitCode = -1;
    QByteArray out;
};

ToolRun runTool(const QString &tool, const QStringList &arguments)
{
    ToolRun run;
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return run;
    run.found = true;
    QProcess p;
    p.start(exe, arguments);
    p.waitForFinished(60000);
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    return run;
}

} // namespace

class TestZip : public QObject
{
    Q_OBJECT

private slots:
    void lyingSizes_data();
    void lyingSizes();
    void limits_data();
    void limits();
    void readsForeignArchive();
    void writerMethods();
};

void TestZip::lyingSizes_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<qint64>("maxInflated");

    const qint64 chunk = 64 * 1024;
    // What the issue reported: four 255 MiB entries whose compressed data was padded got past
    // a check that trusted the declared sizes.
    QTest::newRow("four 255 MiB entries, declared, padded")
        << zeroBomb(4, 255 * MiB, 255 * MiB) << "too large" << qint64(0);
    QTest::newRow("four 255 MiB entries declaring 1 MiB")
        << zeroBomb(4, 255 * MiB, MiB) << "larger than its declared size" << MiB + chunk;
    QTest::newRow("255 MiB declaring 60 MiB, under the entry limit")
        << zeroBomb(1, 255 * MiB, 60 * MiB) << "larger than its declared size" << 60 * MiB + chunk;
    QTest::newRow("nine honest 63 MiB entries pass the total")
        << zeroBomb(9, 63 * MiB, 63 * MiB) << "expands to more than" << 512 * MiB + chunk;
}

void TestZip::lyingSizes()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, errorPart);
    QFETCH(qint64, maxInflated);

    QBuffer buffer(&archive);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ZipReader reader;
    QVERIFY(!reader.open(&buffer));
    QVERIFY2(reader.errorString().contains(errorPart), qPrintable(reader.errorString()));
    QVERIFY(reader.entries().isEmpty());
    // Refused after inflating no more than the limit it broke, in small chunks thrown away.
    QVERIFY2(reader.inflatedBytes() <= maxInflated, qPrintable(QString::number(reader.inflatedBytes())));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.qdpx"));
    QVERIFY(test::writeFile(path, archive));
    QdpxImporter importer;
    QVERIFY(!importer.importFile(path));
    QVERIFY2(importer.errorString().contains(errorPart), qPrintable(importer.errorString()));
}

void TestZip::limits_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<int>("maxEntries");
    QTest::addColumn<QString>("errorPart");

    const auto stored = [](const QByteArray &name, const QByteArray &data) {
        RawEntry e;
        e.name = name;
        e.payload = data;
        e.method = 0;
        e.crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        e.size = quint32(data.size());
        return e;
    };
    QList<RawEntry> many;
    for (int i = 0; i < 11; ++i)
        many << stored("e" + QByteArray::number(i), "x");
    QTest::newRow("more entries than allowed") << rawZip(many) << 10 << "too many entries (11)";
    QTest::newRow("as many entries as allowed") << rawZip(many.mid(0, 10)) << 10 << "";
    QTest::newRow("same name twice") << rawZip({ stored("a.txt", "one"), stored("a.txt", "two") }) << 10 << "twice";
    QTest::newRow("dot-dot name") << rawZip({ stored("a/../../b.txt", "x") }) << 10 << "unsafe entry name";
    QTest::newRow("absolute name") << rawZip({ stored("/tmp/b.txt", "x") }) << 10 << "unsafe entry name";
    RawEntry unknown = stored("c.txt", "x");
    unknown.method = 97; // WavPack
    QTest::newRow("unknown method") << rawZip({ unknown }) << 10 << "unsupported compression method 97";
    RawEntry broken = stored("d.txt", "not deflate data at all \xff\xff\xff");
    broken.method = 8;
    QTest::newRow("corrupt deflate data") << rawZip({ broken }) << 10 << "invalid compressed data";
}

void TestZip::limits()
{
    QFETCH(QByteArray, archive);
    QFETCH(int, maxEntries);
    QFETCH(QString, errorPart);

    ZipReader::Limits limits;
    limits.maxEntries = maxEntries;
    QBuffer buffer(&archive);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ZipReader reader(limits);
    const bool opened = reader.open(&buffer);
    if (errorPart.isEmpty()) {
        QVERIFY2(opened, qPrintable(reader.errorString()));
        QCOMPARE(reader.entries().size(), maxEntries);
        return;
    }
    QVERIFY(!opened);
    QVERIFY2(reader.errorString().contains(errorPart), qPrintable(reader.errorString()));
}

void TestZip::readsForeignArchive()
{
    // An archive written by Info-ZIP, with a directory entry and a name outside ASCII.
    QTemporaryDir dir;
    const QByteArray text = QStringLiteral("Zoë’s notes on the funding round.\n").repeated(200).toUtf8();
    QVERIFY(test::writeFile(dir.filePath(QStringLiteral("tree/Sources/zoë.txt")), text));
    const QString path = dir.filePath(QStringLiteral("foreign.zip"));
    QProcess zip;
    zip.setWorkingDirectory(dir.filePath(QStringLiteral("tree")));
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("zip"));
    if (exe.isEmpty())
        QSKIP("zip is not installed");
    zip.start(exe, { QStringLiteral("-q"), QStringLiteral("-r"), path, QStringLiteral(".") });
    QVERIFY(zip.waitForFinished());
    QCOMPARE(zip.exitCode(), 0);

    ZipReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const int file = reader.indexOf(QStringLiteral("Sources/zoë.txt"));
    QVERIFY(file >= 0);
    QCOMPARE(reader.entries().at(file).size, text.size());
    QVERIFY(reader.entries().at(file).compressedSize < text.size());
    const int folder = reader.indexOf(QStringLiteral("Sources/"));
    QVERIFY(folder >= 0);
    QVERIFY(reader.entries().at(folder).isDirectory());
    const std::optional<QByteArray> back = reader.read(file);
    QVERIFY2(back, qPrintable(reader.errorString()));
    QCOMPARE(*back, text);
}

void TestZip::writerMethods()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    ZipWriter writer(&file);
    writer.setTimestamp(QDateTime(QDate(2026, 3, 4), QTime(17, 5, 10)));
    const QByteArray text = QByteArray("filings and leases ").repeated(1000);
    QVERIFY(writer.addFile(QStringLiteral("text.txt"), text));
    QVERIFY(writer.addFile(QStringLiteral("stored.txt"), "abc", ZipWriter::Method::Stored));
    QVERIFY(!writer.addFile(QStringLiteral("text.txt"), "again"));
    QVERIFY2(writer.errorString().contains(QLatin1String("text.txt")), qPrintable(writer.errorString()));
    QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
    QVERIFY(!writer.addFile(QStringLiteral("late.txt"), "x"));
    file.close();

    // zipinfo and unzip (Info-ZIP) read the methods, times, modes and data back.
    const ToolRun info = runTool(QStringLiteral("zipinfo"), { path });
    if (!info.found)
        QSKIP("zipinfo is not installed");
    QCOMPARE(info.exitCode, 0);
    const QStringList lines = QString::fromUtf8(info.out).split(QLatin1Char('\n'));
    QCOMPARE(lines.filter(QStringLiteral("text.txt")).size(), 1);
    const QString deflated = lines.filter(QStringLiteral("text.txt")).first();
    const QString stored = lines.filter(QStringLiteral("stored.txt")).value(0);
    QVERIFY2(deflated.contains(QRegularExpression(QStringLiteral(" def[NXFS] "))), qPrintable(deflated));
    QVERIFY2(stored.contains(QLatin1String(" stor ")), qPrintable(stored));
    QVERIFY2(stored.startsWith(QLatin1String("-rw-r--r--")), qPrintable(stored));
    QVERIFY2(stored.contains(QLatin1String("26-Mar-04 17:05")), qPrintable(stored));
    QCOMPARE(runTool(QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("text.txt") }).out, text);
}

QTEST_GUILESS_MAIN(TestZip)
#include "tst_zip.moc"
