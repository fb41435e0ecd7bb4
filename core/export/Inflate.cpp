#include "export/Inflate.h"

#include <array>

namespace crossread {

namespace {

// Canonical Huffman code in the form of Mark Adler's puff.c: how many codes of each
// length, and the symbols ordered by code.
struct Huffman
{
    std::array<short, 16> count {};
    std::array<short, 288> symbol {};
};

struct DecodeError
{
    const char *what;
};

class Decoder
{
public:
    Decoder(QByteArrayView in, qsizetype expected)
        : m_in(reinterpret_cast<const uchar *>(in.data()))
        , m_inSize(in.size())
        , m_expected(expected)
    {
        m_out.resize(expected);
        m_dst = reinterpret_cast<uchar *>(m_out.data());
    }

    QByteArray run()
    {
        bool last = false;
        while (!last) {
            last = bits(1);
            switch (bits(2)) {
            case 0:
                stored();
                break;
            case 1:
                fixed();
                break;
            case 2:
                dynamic();
                break;
            default:
                throw DecodeError { "invalid block type" };
            }
        }
        if (m_outPos != m_expected)
            throw DecodeError { "entry is shorter than its declared size" };
        return m_out;
    }

private:
    int bits(int need)
    {
        quint32 val = m_bitBuf;
        while (m_bitCount < need) {
            if (m_inPos == m_inSize)
                throw DecodeError { "compressed data ends early" };
            val |= quint32(m_in[m_inPos++]) << m_bitCount;
            m_bitCount += 8;
        }
        m_bitBuf = val >> need;
        m_bitCount -= need;
        return int(val & ((1u << need) - 1));
    }

    void put(uchar c)
    {
        if (m_outPos == m_expected)
            throw DecodeError { "entry is larger than its declared size" };
        m_dst[m_outPos++] = c;
    }

    void stored()
    {
        m_bitBuf = 0;
        m_bitCount = 0;
        if (m_inPos + 4 > m_inSize)
            throw DecodeError { "compressed data ends early" };
        const unsigned len = m_in[m_inPos] | (m_in[m_inPos + 1] << 8);
        const unsigned nlen = m_in[m_inPos + 2] | (m_in[m_inPos + 3] << 8);
        m_inPos += 4;
        if (len != (~nlen & 0xFFFF))
            throw DecodeError { "stored block length check failed" };
        if (m_inPos + qsizetype(len) > m_inSize)
            throw DecodeError { "compressed data ends early" };
        if (m_outPos + qsizetype(len) > m_expected)
            throw DecodeError { "entry is larger than its declared size" };
        memcpy(m_dst + m_outPos, m_in + m_inPos, len);
        m_inPos += len;
        m_outPos += len;
    }

    int decode(const Huffman &h)
    {
        int code = 0, first = 0, index = 0;
        for (int len = 1; len < 16; ++len) {
            code |= bits(1);
            const int count = h.count[len];
            if (code - count < first)
                return h.symbol[index + (code - first)];
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        throw DecodeError { "invalid Huffman code" };
    }

    // Returns 0 for a complete code, > 0 for an incomplete one; throws when over-subscribed.
    static int construct(Huffman &h, const short *length, int n)
    {
        h.count.fill(0);
        for (int s = 0; s < n; ++s)
            ++h.count[length[s]];
        if (h.count[0] == n)
            return 0;
        int left = 1;
        for (int len = 1; len < 16; ++len) {
            left <<= 1;
            left -= h.count[len];
            if (left < 0)
                throw DecodeError { "over-subscribed Huffman code" };
        }
        std::array<short, 16> offs {};
        for (int len = 1; len < 15; ++len)
            offs[len + 1] = short(offs[len] + h.count[len]);
        for (int s = 0; s < n; ++s) {
            if (length[s] != 0)
                h.symbol[offs[length[s]]++] = short(s);
        }
        return left;
    }

    void codes(const Huffman &lencode, const Huffman &distcode)
    {
        static constexpr short lbase[29] = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
            67, 83, 99, 115, 131, 163, 195, 227, 258 };
        static constexpr short lext[29]
            = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
        static constexpr short dbase[30] = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
            769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
        static constexpr short dext[30]
            = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };
        for (;;) {
            int symbol = decode(lencode);
            if (symbol < 256) {
                put(uchar(symbol));
                continue;
            }
            if (symbol == 256)
                return;
            symbol -= 257;
            if (symbol >= 29)
                throw DecodeError { "invalid length symbol" };
            const qsizetype len = lbase[symbol] + bits(lext[symbol]);
            symbol = decode(distcode);
            if (symbol >= 30)
                throw DecodeError { "invalid distance symbol" };
            const qsizetype dist = dbase[symbol] + bits(dext[symbol]);
            if (dist > m_outPos)
                throw DecodeError { "distance reaches before the start of the data" };
            if (m_outPos + len > m_expected)
                throw DecodeError { "entry is larger than its declared size" };
            // Byte by byte on purpose: the source may overlap the destination.
            const uchar *from = m_dst + m_outPos - dist;
            for (qsizetype i = 0; i < len; ++i)
                m_dst[m_outPos + i] = from[i];
            m_outPos += len;
        }
    }

    void fixed()
    {
        static const auto tables = [] {
            std::pair<Huffman, Huffman> t;
            short lengths[288];
            int s = 0;
            for (; s < 144; ++s)
                lengths[s] = 8;
            for (; s < 256; ++s)
                lengths[s] = 9;
            for (; s < 280; ++s)
                lengths[s] = 7;
            for (; s < 288; ++s)
                lengths[s] = 8;
            construct(t.first, lengths, 288);
            for (s = 0; s < 30; ++s)
                lengths[s] = 5;
            construct(t.second, lengths, 30);
            return t;
        }();
        codes(tables.first, tables.second);
    }

    void dynamic()
    {
        static constexpr short order[19] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };
        const int nlen = bits(5) + 257;
        const int ndist = bits(5) + 1;
        const int ncode = bits(4) + 4;
        if (nlen > 286 || ndist > 30)
            throw DecodeError { "bad code lengths count" };
        short lengths[320] = {};
        for (int i = 0; i < ncode; ++i)
            lengths[order[i]] = short(bits(3));
        Huffman lencode, distcode;
        if (construct(lencode, lengths, 19) != 0)
            throw DecodeError { "incomplete code length code" };
        int index = 0;
        while (index < nlen + ndist) {
            int symbol = decode(lencode);
            if (symbol < 16) {
                lengths[index++] = short(symbol);
                continue;
            }
            short len = 0;
            if (symbol == 16) {
                if (index == 0)
                    throw DecodeError { "repeat with no previous length" };
                len = lengths[index - 1];
                symbol = 3 + bits(2);
            } else if (symbol == 17) {
                symbol = 3 + bits(3);
            } else {
                symbol = 11 + bits(7);
            }
            if (index + symbol > nlen + ndist)
                throw DecodeError { "too many code lengths" };
            while (symbol--)
                lengths[index++] = len;
        }
        if (lengths[256] == 0)
            throw DecodeError { "no end-of-block code" };
        int err = construct(lencode, lengths, nlen);
        if (err > 0 && nlen - lencode.count[0] != 1)
            throw DecodeError { "incomplete literal/length code" };
        err = construct(distcode, lengths + nlen, ndist);
        if (err > 0 && ndist - distcode.count[0] != 1)
            throw DecodeError { "incomplete distance code" };
        codes(lencode, distcode);
    }

    const uchar *m_in;
    qsizetype m_inSize;
    qsizetype m_inPos = 0;
    quint32 m_bitBuf = 0;
    int m_bitCount = 0;
    QByteArray m_out;
    uchar *m_dst = nullptr;
    qsizetype m_outPos = 0;
    qsizetype m_expected;
};

} // namespace

std::optional<QByteArray> Inflate::decode(QByteArrayView compressed, qsizetype expectedSize, QString *error)
{
    if (expectedSize < 0) {
        if (error)
            *error = QStringLiteral("negative size");
        return std::nullopt;
    }
    try {
        Decoder decoder(compressed, expectedSize);
        return decoder.run();
    } catch (const DecodeError &e) {
        if (error)
            *error = QString::fromLatin1(e.what);
    }
    return std::nullopt;
}

} // namespace crossread
