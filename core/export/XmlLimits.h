#pragma once
// Limits that an untrusted XML document must keep before QXmlStreamReader sees it. The
// reader checks each new attribute against all earlier ones of its element, so one element
// with a million attributes costs hours; a linear scan of the raw bytes refuses it first.
// Nesting depth is checked by the caller's own (iterative) loop over the reader's tokens.
#include <QByteArray>
#include <QString>

namespace crossread {

class XmlLimits
{
public:
    static constexpr int kMaxAttributes = 256; // per element
    static constexpr int kMaxDepth = 256; // nested elements

    // False, with the line and the reason in *error, when an element has more than
    // kMaxAttributes attributes. Markup the scan cannot follow is left to the reader,
    // which refuses it as malformed.
    static bool checkAttributes(const QByteArray &xml, QString *error);
};

} // namespace crossread
