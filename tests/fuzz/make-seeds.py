#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into tests/fuzz/<target>/.

Every seed is written here for the project (invented companies and figures), small on purpose:
the fuzzer mutates them, and libFuzzer's default input length follows the largest seed.
Run it again after changing a seed; the output is deterministic.
"""
import io
import os
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def write(target, name, data):
    folder = os.path.join(HERE, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


PROSE = (
    "Lumen Labs said on Tuesday that its Q3 compute bill rose 12% to $310 million, "
    "more than the $275m analysts expected. The U.S. company, which trains the Kestrel 3 "
    "model, now rents about 40,000 GPUs; e.g. its Oslo site runs 9,600 of them.\n\n"
    "Kestrel 3 scored 71.4% on ReasonBench, up 6.2 points, and ranked No. 2 behind "
    "Tern-2 (73.0). A deal worth between €1.1bn and €1.3bn closes in mid-2026.\n"
)

# Text decoder: encodings, BOMs, line endings; a first line declares a charset for decodeAs().
write("text_decoder", "utf8.txt", "Café — “quoted” figures: 12% of $3bn.\r\nSecond line\rthird\n")
write("text_decoder", "utf8-bom.txt", b"\xef\xbb\xbf" + "Zoë’s notes on the €2bn round\n".encode())
write("text_decoder", "utf16le-bom.txt", b"\xff\xfe" + "Lumen Labs ☂ 42%\r\n".encode("utf-16-le"))
write("text_decoder", "utf16be-bom.txt", b"\xfe\xff" + "Kestrel 3 scored 71.4%\n".encode("utf-16-be"))
write("text_decoder", "utf16le-nobom.txt", "Plain words without a mark.\n".encode("utf-16-le"))
write("text_decoder", "windows-1252.txt", b"\x93Quoted\x94 \x80 40 \x96 it\x92s\r\n")
write("text_decoder", "declared-windows-1252.txt", b"windows-1252\n\x93Hi\x94 \x80 caf\xe9\n")
write("text_decoder", "declared-utf8-but-latin1.txt", b"utf-8\ncaf\xe9 cr\xe8me\n")
write("text_decoder", "declared-shift-jis.txt", b"shift_jis\n\x83\x65\x83\x58\x83\x67\n")
write("text_decoder", "binary.bin", b"\x00\x01\x02PK\x03\x04\x00\x00\xff\xfe\x00\x00text\x00")

# HTML importer.
write("html_importer", "article.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Lumen Labs raises its compute budget | The Ledger</title>
<meta property="og:site_name" content="The Ledger"><meta name="author" content="Ines Marlow">
<meta property="article:published_time" content="2026-03-04T09:30:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lumen Labs raises its compute budget",
"author":[{"name":"Ines Marlow"}],"publisher":{"name":"The Ledger"},"datePublished":"2026-03-04"}</script>
<style>p{margin:0}</style><script>var x = "<p>not text</p>";</script></head>
<body><header><nav><a href=/>Home</a><a href=/ai>AI</a></nav></header>
<article><header><h1>Lumen Labs raises its compute budget</h1>
<p class="byline">By <a rel="author">Ines Marlow</a> · <time datetime="2026-03-04">March 4</time></p></header>
<p>Lumen Labs said its Q3 compute bill rose 12% to $310&nbsp;million &amp; more.</p>
<ul><li>GPUs: 40,000<li>Sites: 3</ul><table><tr><th>Quarter<th>Spend</tr><tr><td>Q2<td>$277m</table>
<pre>
  raw   text</pre><aside>Related: other stories</aside></article>
<footer>&copy; The Ledger</footer></body></html>
""")
write("html_importer", "broken.html", "<p>one<p>two</span></div><b><i>misnested</b></i> &#150; &eacute &bogus;"
      "<br></br><div hidden>no</div><div style='display: none'>no</div><![CDATA[x]]><!-- c --"
      "<table><div>fostered</div><td>cell</table><select><option>a<option>b</select><svg><text>s</text></svg>"
      "<math><mi>x</mi></math><template><p>t</p></template><noscript>n</noscript><p a=1 a=2 b='x' c=\"y\" d>z")
write("html_importer", "charset-windows-1252.html", b"<meta charset=\"windows-1252\"><p>\x93Hi\x94 \x80 it\x92s</p>")
write("html_importer", "minimal.html", "<p>Hi <b>there</b></p>")

# Markdown importer.
write("markdown_importer", "article.md", """# Tern Robotics raises $85 million

*By Oskar Lind*

Published: 2026-02-11
Gearbox Weekly — Robotics Desk

Tern Robotics said on Monday it had raised **$85 million** in a Series B, valuing it at
about $600 million. Revenue grew 140% year over year.

## The numbers

- Round size: $85 million (Series B)
- Employees: 210, up from 120
- Sites: 2 in the U.S., 1 in Norway

| Metric | 2025 | 2026 |
|---|---|---|
| Revenue | $14m | $34m |
| Margin | 21% | 28% |

Advertisement

```
code block: 12 GPUs
```

[Read more](https://example.invalid/tern) · Subscribe to our newsletter
""")
write("markdown_importer", "crlf.md", "Title line\r\n\r\nBody with 3.5% growth and $1.2bn.\r\nRelated Articles\r\n")
write("markdown_importer", "masthead.md", "KESTREL TIMES | AI & Compute | March 4, 2026\n\nShort text by Ana Ruiz.\n")

# Figure extractor and prose tokenizer: prose with figures, abbreviations and odd characters.
write("figure_extractor", "prose.txt", PROSE)
write("figure_extractor", "keys-and-table.txt", "- Round size: $2.4 billion\n- Valuation: nearly $18bn\n"
      "- Customers: more than 1,200\n\n| Model | Score |\n|---|---|\n| Kestrel 3 | 71.4% |\n| Tern-2 | 73.0 |\n")
write("figure_extractor", "dates.txt", "Since early 2025, and by late 2026; last April it had 300 staff. "
      "On 4 March the deal (version 2.1, call 555-0100 at 9:30) grew 3x in 6 months, ranked #3.")
write("prose_tokenizer", "prose.txt", PROSE)
write("prose_tokenizer", "odd.txt", "U.S.-based a.m. e.g. 3.14 -2 1,000,000 $5 5$ 10%-15% don’t “x” "
      "https://x.invalid/a?b=1 👩‍🔬 中文字 العربية \u00ad\u200b\t\n\u3000end.")

# PDF importer: minimal PDFs written object by object, with a correct cross-reference table.
def pdf(pages, info=None, compress=False):
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    page_ids = []
    pages_id = len(objects) + 2 * len(pages) + 1
    for lines in pages:
        ops = b"BT /F1 12 Tf 72 720 Td 14 TL\n"
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops += b"(" + escaped.encode("cp1252") + b") Tj T*\n"
        ops += b"ET\n"
        if compress:
            data = zlib.compress(ops)
            content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            content = add(b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"endstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)))
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info_id = add(b"<< " + info.encode("latin-1") + b" >>") if info else None

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info_id:
        trailer += b" /Info %d 0 R" % info_id
    out.write(b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


write("pdf_importer", "one-page.pdf", pdf([["Lumen Labs compute bill rises 12%",
                                            "By Ines Marlow, March 4, 2026",
                                            "The company spent $310 million in Q3."]],
                                          info="/Title (Compute bill) /Author (Ines Marlow) "
                                               "/CreationDate (D:20260304093000Z)"))
write("pdf_importer", "two-pages-compressed.pdf", pdf([["Page one: Kestrel 3 scored 71.4%."],
                                                       ["Page two: (parentheses) and caf\u00e9."]],
                                                      compress=True))
write("pdf_importer", "no-text.pdf", pdf([[]], info="/Title (Microsoft Word - draft.docx)"))

# .qdpx reader: first byte even → project.qde alone; odd → a whole archive.
QDE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Fuzz seed" origin="Crossread"
 creatingUserGUID="11111111-1111-1111-1111-111111111111" creationDateTime="2026-03-02T09:30:00Z">
  <Users><User guid="11111111-1111-1111-1111-111111111111" name="Ana Analyst"/></Users>
  <CodeBook><Codes>
    <Code guid="22222222-2222-2222-2222-222222222222" name="Claims" isCodable="true" color="#F80">
      <Description>What sources assert</Description>
      <Code guid="33333333-3333-3333-3333-333333333333" name="Money" isCodable="true" color="#3366cc"/>
    </Code>
  </Codes></CodeBook>
  <Variables>
    <Variable guid="44444444-4444-4444-4444-444444444444" name="Outlet" typeOfVariable="Text"/>
    <Variable guid="45444444-4444-4444-4444-444444444444" name="Published" typeOfVariable="Date"/>
  </Variables>
  <Sources>
    <TextSource guid="55555555-5555-5555-5555-555555555555" name="Ledger story"
     plainTextPath="internal://55555555-5555-5555-5555-555555555555.txt" creatingUser="11111111-1111-1111-1111-111111111111">
      <PlainTextSelection guid="66666666-6666-6666-6666-666666666666" startPosition="10" endPosition="24"
       creatingUser="11111111-1111-1111-1111-111111111111" creationDateTime="2026-03-02T09:31:00Z">
        <Coding guid="77777777-7777-7777-7777-777777777777"><CodeRef targetGUID="33333333-3333-3333-3333-333333333333"/></Coding>
        <NoteRef targetGUID="88888888-8888-8888-8888-888888888888"/>
      </PlainTextSelection>
      <Coding guid="99999999-9999-9999-9999-999999999999"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
      <VariableValue><VariableRef targetGUID="44444444-4444-4444-4444-444444444444"/><TextValue>The Ledger</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="45444444-4444-4444-4444-444444444444"/><DateValue>2026-03-04</DateValue></VariableValue>
    </TextSource>
    <TextSource guid="56555555-5555-5555-5555-555555555555" name="Inline">
      <PlainTextContent>Inline text with CR LF\r\nand 12%.</PlainTextContent>
      <PlainTextSelection guid="67666666-6666-6666-6666-666666666666" startPosition="0" endPosition="6"/>
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="88888888-8888-8888-8888-888888888888" name="check"><PlainTextContent>Check the 10-Q.</PlainTextContent></Note>
  </Notes>
</Project>
"""
SOURCE = "Lumen Labs’ Q3 compute bill rose 12% to $310 million.\r\n"
write("qdpx_reader", "project-qde.xml", b"\x00" + QDE.encode())
write("qdpx_reader", "minimal-qde.xml", b"\x00" + b'<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>')


def archive(method):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as z:
        for name, data in (("project.qde", QDE), ("Sources/55555555-5555-5555-5555-555555555555.txt", SOURCE)):
            entry = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 30, 0))
            entry.compress_type = method
            z.writestr(entry, data.encode("utf-8"))
    return b"\x01" + buffer.getvalue()


write("qdpx_reader", "deflated.qdpx", archive(zipfile.ZIP_DEFLATED))
write("qdpx_reader", "stored.qdpx", archive(zipfile.ZIP_STORED))

# W3C Web Annotations: our exporter's collection, a Hypothesis API row, a bare page, an array.
ANNOTATION = """{
  "@context": "http://www.w3.org/ns/anno.jsonld",
  "id": "urn:uuid:0f6b1c7e-3c1a-5d7e-9a51-2f4a3e1b6c01",
  "type": "Annotation",
  "motivation": "tagging",
  "creator": {"type": "Person", "name": "Ana"},
  "created": "2026-03-02T09:30:00Z",
  "body": [
    {"type": "TextualBody", "value": "Check the 10-Q.", "format": "text/plain", "purpose": "commenting"},
    {"type": "TextualBody", "value": "Costs / Compute", "format": "text/plain", "purpose": "tagging"}
  ],
  "target": {
    "source": "file:///news/lumen.txt",
    "selector": [
      {"type": "TextQuoteSelector", "exact": "rose 12% to $310 million",
       "prefix": "said on Tuesday that its Q3 compute bill ", "suffix": ", more than the $275m"},
      {"type": "TextPositionSelector", "start": 57, "end": 81}
    ]
  }
}"""
write("web_annotation_reader", "collection.jsonld", """{
  "@context": "http://www.w3.org/ns/anno.jsonld",
  "type": "AnnotationCollection", "label": "launch week", "total": 1,
  "first": {"type": "AnnotationPage", "startIndex": 0, "items": [%s]}
}""" % ANNOTATION)
write("web_annotation_reader", "annotation.jsonld", ANNOTATION)
write("web_annotation_reader", "array.jsonld", "[%s, {\"type\": \"Annotation\", \"target\": \"file:///x\"}]" % ANNOTATION)
write("web_annotation_reader", "hypothesis.json", """{"total": 1, "rows": [{
  "id": "kq3VsHx1Ee6", "uri": "https://example.org/lumen", "user": "acct:ana@hypothes.is",
  "created": "2026-03-02T09:30:00.123456+00:00", "updated": "2026-03-02T09:31:00+00:00",
  "text": "Bigger than expected", "tags": ["compute", "Q3"],
  "document": {"title": ["Lumen Labs compute bill"]},
  "target": [{"source": "https://example.org/lumen", "selector": [
    {"type": "RangeSelector", "startContainer": "/p[1]", "startOffset": 0, "endContainer": "/p[1]", "endOffset": 9},
    {"type": "TextPositionSelector", "start": 57, "end": 81},
    {"type": "TextQuoteSelector", "exact": "rose 12% to $310 million", "prefix": "compute bill ", "suffix": ", more"}]}]
}]}""")
