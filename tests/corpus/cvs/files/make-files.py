#!/usr/bin/env python3
"""Make Word-like .docx and LibreOffice- and browser-made .pdf versions of some corpus CVs.

Run by hand (not by CI; the files are committed):

    python3 tests/corpus/cvs/files/make-files.py

Needs Python 3.9+, LibreOffice Writer (`soffice`) and Chromium (`/usr/bin/chromium`).

Each binary is made from the .txt of the same name, in `tests/corpus/cvs/` or
`tests/corpus/cvs-held-out/`, and is written to that folder's `files/`, so the .txt's
annotation applies to it. The words are the .txt's words; only the layout changes:

- .docx is WordprocessingML written with zipfile, the way Word saves a CV: styles, a header
  and a footer carrying the candidate's name, a two-column table for the "Label: value"
  contact lines at the top, headings, bulleted and numbered lists (list markers become Word
  numbering, as in a real document), hyperlinks for links and e-mails, tabs, and wrapped
  lines kept as line breaks inside a paragraph.
- "writer" .pdf is that .docx converted by LibreOffice (`soffice --convert-to pdf`).
- "chromium" .pdf is an HTML rendering with a contact sidebar beside the main column,
  printed by headless Chromium, so its text comes out in two columns.

Annotated strings are unchanged in the extracted text once runs of white space are read as
one space (a PDF re-wraps long lines and drops list markers).
"""
from __future__ import annotations

import html
import pathlib
import re
import shutil
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent.parent  # tests/corpus
FOLDERS = [CORPUS / "cvs", CORPUS / "cvs-held-out"]

# id -> what to make. "pdf": "writer" (LibreOffice from the .docx) or "chromium" (two-column HTML);
# "name": the name for the header and footer where the first line is not the candidate's name.
DOCS: dict[str, dict] = {
    "01-cv-staff-nurse-kavya-u": {"docx": True, "pdf": "writer"},
    "09-cv-porter-team-leader-emeka-nwosu": {"docx": True, "name": "Chukwuemeka Nwosu"},
    "10-ss-community-midwife-akosua-mensah-bonsu": {"docx": True, "pdf": "writer", "name": "Akosua Mensah-Bonsu"},
    "11-cv-camhs-nurse-wanjiru-kamau": {"pdf": "chromium"},
    "12-cv-dental-nurse-hodan-abdi-warsame": {"docx": True, "pdf": "writer"},
    "14-cv-specialty-doctor-ahmed-al-mansouri": {"docx": True, "pdf": "writer", "name": "Ahmed Al-Mansouri"},
    "16-cv-senior-clinical-pharmacist-chen-wei": {"docx": True, "pdf": "writer"},
    "17-cv-optometrist-winnie-cheung-ka-man": {"pdf": "chromium"},
    "21-cv-anp-siobhan-ni-bhriain": {"docx": True},
    "23-cv-practice-manager-rhodri-ap-gwilym": {"docx": True, "pdf": "writer"},
    "30-cv-theatre-nurse-tina-dela-cruz": {"docx": True, "pdf": "writer"},
    "37-cv-dispenser-harpreet-kaur-dhillon": {"docx": True, "pdf": "chromium"},
    "38-cv-care-coordinator-blessing-okonkwo": {"pdf": "chromium"},
    "40-ss-associate-dentist-fatima-al-zahra-hassan": {"docx": True, "pdf": "writer", "name": "Fatima Hassan"},
    "41-cv-domestic-assistant-senait-tesfamariam": {"docx": True},
    "45-cv-biomedical-scientist-meron-bekele": {"docx": True, "pdf": "writer"},
    "46-cv-physician-associate-noor-al-harbi": {"pdf": "chromium"},
    "53-cv-clinical-services-manager-becky-thornton": {"docx": True, "pdf": "writer"},
    "62-cv-patient-access-ahmad-zia-karimi": {"docx": True, "pdf": "writer"},
    "64-cv-business-analyst-sam-okafor-whitby": {"docx": True, "pdf": "chromium"},
}

BULLET = re.compile(r"^(\s*)(?:[•▪▸o*\-\uf0b7]|>>)\s+(\S.*)$")
NUMBERED = re.compile(r"^\s*(\d{1,2})\.\s+(\S.*)$")
# "Label: value" or "Label<TAB>value" near the top of a CV: becomes the contact table.
LABELLED = re.compile(r"^\s*([A-Za-z][A-Za-z .()/'-]{0,30}?)\s*(?::\s+|\t+)(\S.*)$")
LINK = re.compile(
    r"(?:https?://)?(?:www\.)?[\w.-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?://|www\.)[^\s|·]+"
    r"|(?:linkedin|github|facebook|indeed)\.com/[^\s|·]+"
    r"|[\w-]+\.example\.[a-z]+(?:/[^\s|·]*)?"
)


def read_text(path: pathlib.Path) -> list[str]:
    return path.read_text(encoding="utf-8").replace("\r\n", "\n").rstrip("\n").split("\n")


def is_heading(lines: list[str], i: int) -> bool:
    line = lines[i].strip()
    before = lines[i - 1].strip() if i else ""
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if not line or before or not after or len(line) > 60:
        return False
    if re.search(r"[@|:,;.\d\t]", line) or BULLET.match(lines[i]):
        return False
    return len(line.split()) <= 6 and line[0].isupper()


def blocks(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Group lines into (kind, lines): heading, bullet, number, table-row or para."""
    out: list[tuple[str, list[str]]] = []
    for i, line in enumerate(lines):
        if not line.strip():
            out.append(("blank", []))
            continue
        m = BULLET.match(line)
        n = NUMBERED.match(line)
        if is_heading(lines, i):
            out.append(("heading", [line.strip()]))
        elif m:
            out.append(("bullet", [m.group(2)]))
        elif n:
            out.append(("number", [n.group(2)]))
        elif i < 16 and LABELLED.match(line) and ("@" in line or re.search(r"\d{3}", line) or "ddress" in line):
            out.append(("row", [line]))
        elif out and (out[-1][0] == "para" or (out[-1][0] in ("bullet", "number") and line[:1].isspace())):
            out[-1][1].append(line)  # a wrapped line stays in its paragraph or list item, after a line break
        else:
            out.append(("para", [line]))
    return [b for b in out if b[0] != "blank"]


# ---------------------------------------------------------------- .docx


class Rels:
    def __init__(self) -> None:
        self.links: list[tuple[str, str]] = []

    def link(self, target: str) -> str:
        rid = f"rIdL{len(self.links) + 1}"
        self.links.append((rid, target))
        return rid


def run_xml(text: str) -> str:
    parts = re.split(r"(\t)", text)
    xml = []
    for p in parts:
        if p == "\t":
            xml.append("<w:tab/>")
        elif p:
            xml.append(f'<w:t xml:space="preserve">{escape(p)}</w:t>')
    return "<w:r>" + "".join(xml) + "</w:r>" if xml else ""


def inline_xml(text: str, rels: Rels) -> str:
    out, pos = [], 0
    for m in LINK.finditer(text):
        out.append(run_xml(text[pos : m.start()]))
        url = m.group(0)
        target = "mailto:" + url if "@" in url else (url if url.startswith("http") else "https://" + url)
        rid = rels.link(escape(target, {'"': "&quot;"}))
        out.append(
            f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(url)}</w:t></w:r></w:hyperlink>'
        )
        pos = m.end()
    out.append(run_xml(text[pos:]))
    return "".join(out)


def para_xml(lines: list[str], rels: Rels, style: str | None = None, num: int | None = None) -> str:
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else ""
        ppr += "</w:pPr>"
    body = '<w:r><w:br/></w:r>'.join(inline_xml(line, rels) for line in lines)
    return f"<w:p>{ppr}{body}</w:p>"


def table_xml(rows: list[str], rels: Rels) -> str:
    cells = []
    for row in rows:
        m = LABELLED.match(row)
        assert m
        label = m.group(1)
        value = re.split(r"\t+", m.group(2))  # tabs inside a value become line breaks in its cell
        cells.append(
            "<w:tr>"
            f'<w:tc><w:tcPr><w:tcW w:w="2200" w:type="dxa"/></w:tcPr>{para_xml([label], rels, "Label")}</w:tc>'
            f'<w:tc><w:tcPr><w:tcW w:w="7400" w:type="dxa"/></w:tcPr>{para_xml(value, rels)}</w:tc>'
            "</w:tr>"
        )
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="ContactTable"/><w:tblW w:w="9600" w:type="dxa"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="2200"/><w:gridCol w:w="7400"/></w:tblGrid>' + "".join(cells) + "</w:tbl>"
    )


NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/>
<w:sz w:val="19"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>
<w:rPr><w:b/><w:color w:val="005EB8"/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="005EB8"/></w:pBdr><w:outlineLvl w:val="0"/></w:pPr>
<w:rPr><w:b/><w:color w:val="005EB8"/><w:sz w:val="23"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/>
<w:pPr><w:ind w:left="720"/><w:spacing w:after="40"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Label"><w:name w:val="Contact Label"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="right"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="ContactTable"><w:name w:val="Contact Table"/><w:tblPr><w:tblBorders>
<w:insideH w:val="single" w:sz="4" w:color="D9D9D9"/><w:bottom w:val="single" w:sz="4" w:color="D9D9D9"/></w:tblBorders>
<w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {NS}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def header_footer(kind: str, name: str) -> str:
    tag = "hdr" if kind == "header" else "ftr"
    if kind == "header":
        body = f'<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>{run_xml(name + chr(9) + "Curriculum vitae")}</w:p>'
    else:
        field = lambda code: (  # noqa: E731 - a tiny local helper reads better inline here
            f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
        body = (
            f'<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{run_xml(name + " – Page ")}{field("PAGE")}'
            f'{run_xml(" of ")}{field("NUMPAGES")}</w:p>'
        )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {NS}>{body}</w:{tag}>'


def make_docx(lines: list[str], name: str, out: pathlib.Path) -> None:
    rels = Rels()
    body, rows, first = [], [], True
    for kind, ls in blocks(lines):
        if kind != "row" and rows:
            body.append(table_xml(rows, rels))
            rows = []
        if kind == "row":
            rows.append(ls[0])
        elif first:
            body.append(para_xml(ls, rels, "Title"))
        elif kind == "heading":
            body.append(para_xml(ls, rels, "Heading1"))
        elif kind == "bullet":
            body.append(para_xml(ls, rels, "ListParagraph", 1))
        elif kind == "number":
            body.append(para_xml(ls, rels, "ListParagraph", 2))
        else:
            body.append(para_xml(ls, rels))
        first = False
    if rows:
        body.append(table_xml(rows, rels))
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1000" w:right="850" w:bottom="1000" w:left="850" '
        'w:header="500" w:footer="500" w:gutter="0"/></w:sectPr>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>'
        + "".join(body)
        + sect
        + "</w:body></w:document>"
    )
    doc_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
        '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
        + "".join(
            f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
            f'Target="{target}" TargetMode="External"/>'
            for rid, target in rels.links
        )
        + "</Relationships>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        "</Types>"
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>"
    )
    # Fixed metadata and timestamps so that re-running gives the same bytes.
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>CV</dc:title><dc:creator>{escape(name)}</dc:creator>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-06T09:00:00Z</dcterms:created></cp:coreProperties>'
    )
    parts = {
        "[Content_Types].xml": content_types,
        "_rels/.rels": root_rels,
        "docProps/core.xml": core,
        "word/document.xml": document,
        "word/_rels/document.xml.rels": doc_rels,
        "word/styles.xml": STYLES,
        "word/numbering.xml": NUMBERING,
        "word/header1.xml": header_footer("header", name),
        "word/footer1.xml": header_footer("footer", name),
    }
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for part, xml in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2025, 1, 6, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, xml.encode("utf-8"))


# ---------------------------------------------------------------- .pdf


def writer_pdf(docx: pathlib.Path, out: pathlib.Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
             "--outdir", tmp, str(docx)],
            check=True, capture_output=True,
        )
        shutil.move(pathlib.Path(tmp) / (docx.stem + ".pdf"), out)


CSS = """
@page { size: A4; margin: 14mm 12mm; }
body { font: 9.5pt/1.35 'Liberation Sans', Arial, sans-serif; color: #212b32; margin: 0; }
.cv { display: grid; grid-template-columns: 58mm 1fr; gap: 8mm; }
aside { background: #e8edee; padding: 4mm; border-radius: 2mm; }
h1 { font-size: 17pt; color: #005eb8; margin: 0 0 1mm; }
h2 { font-size: 11pt; color: #005eb8; border-bottom: 0.4mm solid #005eb8; margin: 4mm 0 1.5mm; }
p { margin: 0 0 1.6mm; }
ul, ol { margin: 0 0 2mm; padding-left: 5mm; }
"""


def html_blocks(bs: list[tuple[str, list[str]]]) -> str:
    out, open_list = [], None
    for kind, ls in bs:
        tag = {"bullet": "ul", "number": "ol"}.get(kind)
        if open_list and tag != open_list:
            out.append(f"</{open_list}>")
            open_list = None
        if tag and not open_list:
            out.append(f"<{tag}>")
            open_list = tag
        text = html.escape("\n".join(ls))
        if tag:
            out.append(f"<li>{text}</li>")
        elif kind == "heading":
            out.append(f"<h2>{text}</h2>")
        else:
            out.append(f"<p>{text}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "\n".join(out)


def chromium_pdf(lines: list[str], out: pathlib.Path) -> None:
    """Contact lines (e-mail, phone, address, links) go to a sidebar, the rest to the main column."""
    bs = blocks(lines)
    title = bs[0][1]
    contact = re.compile(r"@|\d{3}[ -]?\d{3}|ddress|linkedin|github|www\.|\.example\.|^\s*[A-Z][a-z]+:", re.I)
    top = [b for b in bs[1:8] if b[0] in ("para", "row") and all(contact.search(x) for x in b[1])]
    side = [("para", [part.strip()]) for _, ls in top for line in ls for part in re.split(r"\s+[|·–]\s+", line)]
    main = [b for b in bs[1:] if b not in top]
    page = (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>CV</title><style>{CSS}</style></head>'
        f'<body><h1>{html.escape(chr(10).join(title))}</h1><div class="cv"><aside><h2>Contact</h2>{html_blocks(side)}</aside>'
        f"<main>{html_blocks(main)}</main></div></body></html>"
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "cv.html"
        src.write_text(page, encoding="utf-8")
        subprocess.run(
            ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", src.as_uri()],
            check=True, capture_output=True,
        )


def main() -> None:
    for doc_id, what in DOCS.items():
        txt = next((f / f"{doc_id}.txt" for f in FOLDERS if (f / f"{doc_id}.txt").exists()), None)
        if txt is None:
            raise SystemExit(f"no text for {doc_id}")
        outdir = txt.parent / "files"
        outdir.mkdir(exist_ok=True)
        lines = read_text(txt)
        name = what.get("name", lines[0].strip())
        docx = outdir / f"{doc_id}.docx"
        if what.get("docx") or what.get("pdf") == "writer":
            make_docx(lines, name, docx)
        if what.get("pdf") == "writer":
            writer_pdf(docx, outdir / f"{doc_id}.pdf")
            if not what.get("docx"):
                docx.unlink()
        elif what.get("pdf") == "chromium":
            chromium_pdf(lines, outdir / f"{doc_id}.pdf")
        print("made", doc_id, "in", outdir.relative_to(CORPUS.parent.parent))


if __name__ == "__main__":
    main()
