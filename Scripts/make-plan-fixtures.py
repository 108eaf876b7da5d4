#!/usr/bin/env python3
"""Writes the plan corpus in Tests/Fixtures/plans/: Word, Excel, CSV and UTF-16 plans in the
layouts communes use, each with the tasks, units and deadlines it must give as a JSON file.

Only Python's standard library (zipfile, xml escaping): the .docx and .xlsx parts are written
as Word and Excel write them (tables with gridSpan/vMerge, shared strings, merged cells, date
cells). Run from the package root; the output is committed, so tests need no Python.
"""
import json, os, re, zipfile
from xml.sax.saxutils import escape

OUT = "Tests/Fixtures/plans"
DATE = (2001, 1, 1, 0, 0, 0)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))

# ---------------------------------------------------------------- Word
def run(text, bold=False, italic=False):
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    pieces = text.split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in pieces)
    return f"<w:r>{'<w:rPr>'+props+'</w:rPr>' if props else ''}{body}</w:r>"

def para(text, bold=False, italic=False, numbered=False, split_runs=False):
    ppr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if numbered else ""
    if split_runs and len(text) > 6:  # Word splits runs anywhere (spell check, edits)
        half = len(text) // 2
        runs = run(text[:half], bold, italic) + run(text[half:], bold, italic)
    else:
        runs = run(text, bold, italic)
    return f"<w:p>{ppr}{runs}</w:p>"

def cell(value):
    """A cell: text (lines = paragraphs), or a dict with text/span/vmerge."""
    if isinstance(value, dict):
        text, span, vmerge = value.get("text", ""), value.get("span", 1), value.get("vmerge")
    else:
        text, span, vmerge = value, 1, None
    props = ""
    if span > 1: props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart": props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue": props += "<w:vMerge/>"
    paras = "".join(para(line) for line in text.split("\n")) if text else "<w:p/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paras}</w:tc>"

def table(rows):
    body = "".join("<w:tr>" + "".join(cell(c) for c in row) + "</w:tr>" for row in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{body}</w:tbl>'

def write_docx(path, blocks):
    body = "".join(blocks)
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
    write_zip(path, [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", doc),
    ])

def heading(number="12", date="ngày 12 tháng 02 năm 2026", place="Chí Minh", issuer=("ỦY BAN NHÂN DÂN", "XÃ CHÍ MINH")):
    """The heading table every administrative document opens with (Decree 30)."""
    return table([
        [issuer[0] + "\n" + issuer[1], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
        [f"Số: {number}/KH-UBND", f"{place}, {date}"],
    ])

# ---------------------------------------------------------------- Excel
def col(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

def write_xlsx(path, sheets, shared=True):
    """sheets: list of (name, rows, merges); a cell is str, int, ("date", serial) or None."""
    strings, index = [], {}
    def sid(t):
        if t not in index:
            index[t] = len(strings); strings.append(t)
        return index[t]
    sheet_parts = []
    for name, rows, merges in sheets:
        out = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row, 1):
                ref = f"{col(c)}{r}"
                if v is None or v == "": continue
                if isinstance(v, tuple) and v[0] == "date":
                    cells.append(f'<c r="{ref}" s="1"><v>{v[1]}</v></c>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                elif shared:
                    cells.append(f'<c r="{ref}" t="s"><v>{sid(v)}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(v)}</t></is></c>')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        merge = "".join(f'<mergeCell ref="{m}"/>' for m in merges)
        sheet_parts.append(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{S}"><sheetData>{"".join(out)}</sheetData>'
                           + (f'<mergeCells count="{len(merges)}">{merge}</mergeCells>' if merges else "") + "</worksheet>")
    sst = "".join(f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in strings)
    parts = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
        ("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{S}" xmlns:r="{R}"><sheets>'
         + "".join(f'<sheet name="{escape(n)}" sheetId="{i+1}" r:id="rId{i+1}"/>' for i, (n, _, _) in enumerate(sheets)) + "</sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(f'<Relationship Id="rId{i+1}" Type="{R}/worksheet" Target="worksheets/sheet{i+1}.xml"/>' for i in range(len(sheets))) + "</Relationships>"),
        ("xl/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{S}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>'),
    ]
    if shared:
        parts.append(("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{S}" count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>'))
    parts += [(f"xl/worksheets/sheet{i+1}.xml", p) for i, p in enumerate(sheet_parts)]
    write_zip(path, parts)

def excel_serial(y, m, d):
    import datetime
    return (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days

# ---------------------------------------------------------------- expectations
def date(y, m, d): return {"kind": "date", "date": f"{y:04d}-{m:02d}-{d:02d}"}
ONGOING = {"kind": "ongoing"}
def yearly(d, m): return {"kind": "yearly", "day": d, "month": m}
MONTHLY = {"kind": "monthly"}
QUARTERLY = {"kind": "quarterly"}

def task(id, lead, deadline, support=(), head="Chủ tịch UBND xã", flag=None):
    return {"id": id, "lead": lead, "support": list(support), "head": head, "deadline": deadline, "flag": flag}

def expect(name, tasks, new_units, title=None, number=None, refused=None):
    data = {"tasks": tasks, "newUnits": new_units}
    if title is not None: data["title"] = title
    if number is not None: data["number"] = number
    if refused is not None: data = {"refused": refused}
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2, sort_keys=True); f.write("\n")

VHXH, KT, CA = "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Công an xã"
VP = "Văn phòng HĐND và UBND xã"
QS = "Ban Chỉ huy Quân sự xã"
HEAD7 = ["STT", "Nội dung công việc", "Người đứng đầu chịu trách nhiệm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành"]

# ---------------------------------------------------------------- the seed plan, from its text
def seed_rows():
    text = open(os.path.join(OUT, "000_7886a9d818ebd768.txt"), encoding="utf-8").read()
    appendices, current = [], None
    for line in text.split("\n"):
        plain = re.sub(r"<[^>]+>|\*", "", line).strip()
        if plain.startswith("PHỤ LỤC"):
            current = {"title": plain, "rows": []}; appendices.append(current); continue
        if current is None or "\t" not in line: continue
        cells = [re.sub(r"<[^>]+>", "", c).strip() for c in line.split("\t")]
        if cells[0] == "STT": continue
        if cells[0] == "" and current["rows"]:  # the row a page break split
            last = current["rows"][-1]
            for i, c in enumerate(cells):
                if c: last[i] = (last[i] + " " + c).strip()
            continue
        current["rows"].append((cells + [""] * 7)[:7])
    body = [l for l in text.split("\n") if "\t" not in l and not l.startswith("**PHỤ LỤC")]
    return appendices, body

def seed_docx():
    appendices, body = seed_rows()
    blocks = [heading(number=" ", date="ngày    tháng    năm 2026")]
    stop = False
    for line in body:
        plain = re.sub(r"\*|^#+\s*|<[^>]+>", "", line).strip()
        if not plain: continue
        if plain.startswith("(Kèm theo"): continue
        if plain.startswith("Số:") or plain.startswith("Chí Minh, ngày"): continue
        numbered = bool(re.match(r"^\d+\. ", plain)) and "TỔ CHỨC" not in plain
        if numbered and stop:  # Tổ chức thực hiện items numbered by Word, not by hand
            plain = re.sub(r"^\d+\. ", "", plain)
        if "TỔ CHỨC THỰC HIỆN" in plain: stop = True
        blocks.append(para(plain, numbered=numbered and stop, split_runs=True))
    for a in appendices:
        blocks.append(para(a["title"], bold=True))
        blocks.append(para("(Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2026 của UBND xã Chí Minh)", italic=True))
        blocks.append(table([HEAD7] + [[{"text": r[0]}, {"text": r[1], "span": 6}] if r[0] in ("I", "II", "III", "IV") else r for r in a["rows"]]))
    write_docx(os.path.join(OUT, "seed.docx"), blocks)

def seed_xlsx():
    appendices, _ = seed_rows()
    sheets = []
    for i, a in enumerate(appendices):
        rows = [[a["title"]], ["(Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2026 của UBND xã Chí Minh)"], HEAD7]
        merges = ["A1:G1", "A2:G2"]
        for r in a["rows"]:
            if r[0] in ("I", "II", "III", "IV"):
                rows.append([r[0], r[1]]); merges.append(f"B{len(rows)}:G{len(rows)}")
            else:
                rows.append([int(r[0])] + r[1:])
        sheets.append((f"Phụ lục {i+1}", rows, merges))
    write_xlsx(os.path.join(OUT, "seed.xlsx"), sheets)

REPORTED = {"kind": "ongoing", "reportingDay": "30/11"}
SEED_TASKS = [
    task("PL1-I-1", VHXH, date(2026, 6, 30)),
    task("PL1-I-2", VHXH, date(2026, 9, 30)),
    task("PL2-I-1", VHXH, REPORTED),
    task("PL2-II-1", "Trung tâm Phục vụ hành chính công xã", REPORTED),
    task("PL2-III-1", VHXH, REPORTED),
    task("PL2-IV-1", VHXH, yearly(30, 11)),
]
SEED_UNITS = [VHXH, "Trung tâm Phục vụ hành chính công xã", KT, "Trung tâm Dịch vụ sự nghiệp công xã", CA]
# The workbook holds the appendices only: no body, so no reporting day and no body units;
# its "Hàng năm" task is flagged rather than given a guessed day.
SEED_XLSX_TASKS = SEED_TASKS[:2] + [
    task("PL2-I-1", VHXH, ONGOING),
    task("PL2-II-1", "Trung tâm Phục vụ hành chính công xã", ONGOING),
    task("PL2-III-1", VHXH, ONGOING),
    task("PL2-IV-1", VHXH, ONGOING, flag="yearlyWithoutDay"),
]

def main():
    os.makedirs(OUT, exist_ok=True)
    appendices, _ = seed_rows()
    seed_docx(); seed_xlsx()
    expect("seed.docx", SEED_TASKS, SEED_UNITS)
    expect("seed.xlsx", SEED_XLSX_TASKS, [VHXH, "Trung tâm Phục vụ hành chính công xã"])

    # 01: Word plan of a commune office: the joint office, a two-line cell, no head column,
    # deadlines with the plan's year, dots and dashes, a prose sentence in Tổ chức thực hiện.
    head = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn"]
    write_docx(os.path.join(OUT, "01-van-phong.docx"), [
        heading(number="15"), para("KẾ HOẠCH", bold=True),
        para("Cải cách hành chính và chuyển đổi số năm 2026", bold=True),
        para("III. TỔ CHỨC THỰC HIỆN", bold=True),
        para("Ban Chỉ huy Quân sự xã, Công an xã, Phòng Kinh tế căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết.", numbered=True),
        para("Ủy ban nhân dân xã yêu cầu các cơ quan, đơn vị chịu trách nhiệm triển khai thực hiện."),
        para("PHỤ LỤC", bold=True),
        table([head,
               ["1", "Số hóa toàn bộ hồ sơ một cửa của xã lên hệ thống thông tin giải quyết thủ tục hành chính", VP, "Công an xã\nPhòng Kinh tế", "Hồ sơ được số hóa 100%", "Tháng 12"],
               ["2", "Ban hành quy chế tiếp nhận văn bản điện tử có chữ ký số", VP, "Các đơn vị liên quan", "Quy chế được ban hành", "31.12.2026"],
               ["3", "Lập danh sách lực lượng dân quân thường trực và cập nhật phần mềm quản lý", QS, "Công an xã", "Danh sách được cập nhật", "30-06-2026"],
               ["4", "Tổng hợp kết quả chuyển đổi số toàn xã báo cáo Ủy ban nhân dân xã", VHXH, VP + ", Công an xã", "Báo cáo tổng hợp", "Cả năm"]]),
    ])
    expect("01-van-phong.docx", [
        task("PL1-1", VP, date(2026, 12, 31), [CA, KT], head=""),
        task("PL1-2", VP, date(2026, 12, 31), [], head=""),
        task("PL1-3", QS, date(2026, 6, 30), [CA], head=""),
        task("PL1-4", VHXH, date(2026, 12, 31), [VP, CA], head=""),
    ], [VP, CA, KT, QS, VHXH], number="15/KH-UBND", title="Cải cách hành chính và chuyển đổi số năm 2026")

    # 02: two-row header (merged "Cơ quan thực hiện"), a lead written once for two rows.
    write_docx(os.path.join(OUT, "02-two-row-header.docx"), [
        heading(number="21", date="ngày 05/03/2026"), para("KẾ HOẠCH"), para("Phát triển kinh tế số năm 2026"),
        para("PHỤ LỤC I"),
        table([
            [{"text": "STT", "vmerge": "restart"}, {"text": "Nhiệm vụ", "vmerge": "restart"}, {"text": "Cơ quan thực hiện", "span": 2}, {"text": "Thời gian hoàn thành", "vmerge": "restart"}],
            [{"vmerge": "continue"}, {"vmerge": "continue"}, "Chủ trì", "Phối hợp", {"vmerge": "continue"}],
            ["A", {"text": "KINH TẾ SỐ", "span": 4}],
            ["1", "Hướng dẫn hộ kinh doanh mở tài khoản thanh toán điện tử", {"text": KT, "vmerge": "restart"}, "Hội Liên hiệp Phụ nữ xã", "Quý IV"],
            ["2", "Đưa sản phẩm OCOP của xã lên sàn thương mại điện tử", {"vmerge": "continue"}, "Hội Nông dân xã", "31-12-2026"],
        ]),
    ])
    expect("02-two-row-header.docx", [
        task("PL1-A-1", KT, date(2026, 12, 31), ["Hội Liên hiệp Phụ nữ xã"], head=""),
        task("PL1-A-2", KT, date(2026, 12, 31), ["Hội Nông dân xã"], head=""),
    ], [KT, "Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã"], number="21/KH-UBND")

    # 03: Excel, columns in another order, dates as Excel dates, recurring deadlines.
    rows = [["KẾ HOẠCH THỰC HIỆN NHIỆM VỤ AN NINH TRẬT TỰ NĂM 2026"],
            ["TT", "Tên nhiệm vụ", "Thời hạn", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Lãnh đạo phụ trách"],
            [1, "Rà soát, cập nhật dữ liệu dân cư trên địa bàn các thôn", ("date", excel_serial(2026, 8, 15)), CA, "Văn phòng HĐND và UBND xã", "Dữ liệu được cập nhật", "Phó Chủ tịch UBND xã"],
            [2, "Báo cáo tình hình an ninh trật tự", "Định kỳ hằng quý", CA, "", "Báo cáo quý", "Phó Chủ tịch UBND xã"],
            [3, "Báo cáo công tác tiếp công dân", "Hằng tháng", VP, "", "Báo cáo tháng", "Chủ tịch UBND xã"]]
    write_xlsx(os.path.join(OUT, "03-columns-reordered.xlsx"), [("ANTT", rows, ["A1:G1"])])
    expect("03-columns-reordered.xlsx", [
        task("PL1-1", CA, date(2026, 8, 15), [VP], head="Phó Chủ tịch UBND xã"),
        task("PL1-2", CA, QUARTERLY, [], head="Phó Chủ tịch UBND xã"),
        task("PL1-3", VP, MONTHLY, [], head="Chủ tịch UBND xã"),
    ], [CA, VP])

    # 04: three sheets (one without a task table), inline strings, merged section rows, a lead
    # merged over rows.
    guide = [["Hướng dẫn điền biểu"], ["Ghi rõ đơn vị chủ trì, mỗi nhiệm vụ một đơn vị"]]
    s1 = [["PHỤ LỤC I"], ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành"],
          ["I. HẠ TẦNG SỐ"],
          [1, "Lắp đặt hệ thống camera giám sát tại các nút giao thông chính", CA, "Phòng Kinh tế", "Hệ thống camera vận hành", "Tháng 9/2026"],
          [2, "Phủ sóng wifi miễn phí tại nhà văn hóa các thôn", None, "Trung tâm Dịch vụ sự nghiệp công xã", "Wifi tại 100% nhà văn hóa", "Quý III/2026"]]
    s2 = [["PHỤ LỤC II"], ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành"],
          ["II. NHÂN LỰC SỐ"],
          [1, "Tập huấn kỹ năng số cho cán bộ, công chức xã", VHXH, "", "02 lớp tập huấn", "Trong năm 2026"]]
    write_xlsx(os.path.join(OUT, "04-three-sheets.xlsx"), [
        ("Hướng dẫn", guide, []), ("PL1", s1, ["A1:F1", "A3:F3", "C4:C5"]), ("PL2", s2, ["A1:F1", "A3:F3"])], shared=False)
    expect("04-three-sheets.xlsx", [
        task("PL1-I-1", CA, date(2026, 9, 30), [KT], head=""),
        task("PL1-I-2", CA, date(2026, 9, 30), ["Trung tâm Dịch vụ sự nghiệp công xã"], head=""),
        task("PL2-II-1", VHXH, date(2026, 12, 31), [], head=""),
    ], [CA, KT, "Trung tâm Dịch vụ sự nghiệp công xã", VHXH])

    # 05: Excel CSV under Vietnamese settings: semicolons, BOM, CRLF, quoted line breaks.
    csv = [["STT", "Nội dung công việc", "Người đứng đầu chịu trách nhiệm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành"],
           ["1", "Xây dựng bản đồ số các điểm\ncung cấp dịch vụ công", "Chủ tịch UBND xã", VHXH, "Công an xã\nPhòng Kinh tế", "Bản đồ số; công khai", "Tháng 10/2026"],
           ["2", "Kiểm tra an toàn thông tin; khắc phục lỗ hổng", "Chủ tịch UBND xã", CA, "", "Biên bản kiểm tra", "31/12/2026"]]
    def quote(f, d): return '"' + f.replace('"', '""') + '"' if any(ch in f for ch in (d, '"', "\n", "\r")) else f
    data = "\r\n".join(";".join(quote(f, ";") for f in r) for r in csv) + "\r\n"
    open(os.path.join(OUT, "05-semicolon-bom-crlf.csv"), "wb").write(b"\xef\xbb\xbf" + data.encode("utf-8"))
    t5 = [task("KH-1", VHXH, date(2026, 10, 31), [CA, KT]), task("KH-2", CA, date(2026, 12, 31), [])]
    expect("05-semicolon-bom-crlf.csv", t5, [VHXH, CA, KT])

    # 06: comma CSV, no BOM, LF, a quoted cell listing two units with a comma.
    csv6 = [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
            ["1", "Cập nhật cơ sở dữ liệu hộ nghèo, cận nghèo", VHXH, "Công an xã, Hội Nông dân xã", "Tháng 11/2026"],
            ["2", "Triển khai thanh toán học phí không dùng tiền mặt", VHXH, "Trường Tiểu học Chí Minh", "Quý IV/2026"]]
    data = "\n".join(",".join(quote(f, ",") for f in r) for r in csv6) + "\n"
    open(os.path.join(OUT, "06-comma.csv"), "wb").write(data.encode("utf-8"))
    expect("06-comma.csv", [
        task("KH-1", VHXH, date(2026, 11, 30), [CA, "Hội Nông dân xã"], head=""),
        task("KH-2", VHXH, date(2026, 12, 31), ["Trường Tiểu học Chí Minh"], head=""),
    ], [VHXH, CA, "Hội Nông dân xã", "Trường Tiểu học Chí Minh"])

    # 07: Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated, CRLF.
    data = "\r\n".join("\t".join(quote(f, "\t") for f in r) for r in csv) + "\r\n"
    open(os.path.join(OUT, "07-unicode-text.txt"), "wb").write(b"\xff\xfe" + data.encode("utf-16-le"))
    expect("07-unicode-text.txt", t5, [VHXH, CA, KT])

    # 08: "sep=;" first line, no BOM.
    data = "sep=;\n" + "\n".join(";".join(quote(f, ";") for f in r) for r in csv) + "\n"
    open(os.path.join(OUT, "08-sep-line.csv"), "wb").write(data.encode("utf-8"))
    expect("08-sep-line.csv", t5, [VHXH, CA, KT])

    # 09: three appendices in Word, a yearly reporting day in the body.
    def appx(n, rows): return [para(f"PHỤ LỤC {n}", bold=True), table([HEAD7] + rows)]
    write_docx(os.path.join(OUT, "09-appendices.docx"), [
        heading(number="30"), para("KẾ HOẠCH"), para("Bảo vệ môi trường năm 2026"),
        para("III. TỔ CHỨC THỰC HIỆN"),
        para("Định kỳ hằng năm trước ngày 15/12 các cơ quan, đơn vị báo cáo kết quả thực hiện."),
        *appx("I", [["1", "Thu gom, xử lý rác thải sinh hoạt tại các thôn", "Chủ tịch UBND xã", KT, "Hội Cựu chiến binh xã", "Rác được thu gom", "Thường xuyên"]]),
        *appx("II", [["1", "Kiểm kê nguồn thải trên địa bàn xã", "Phó Chủ tịch UBND xã", KT, "", "Danh mục nguồn thải", "Hằng năm"]]),
        *appx("III", [["1", "Tuyên truyền phân loại rác tại nguồn", "Phó Chủ tịch UBND xã", VHXH, "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "10 buổi tuyên truyền", "Tháng 5/2026"]]),
    ])
    expect("09-appendices.docx", [
        task("PL1-1", KT, {"kind": "ongoing", "reportingDay": "15/12"}, ["Hội Cựu chiến binh xã"]),
        task("PL2-1", KT, yearly(15, 12), [], head="Phó Chủ tịch UBND xã"),
        task("PL3-1", VHXH, date(2026, 5, 31), ["Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"], head="Phó Chủ tịch UBND xã"),
    ], [KT, "Hội Cựu chiến binh xã", VHXH, "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"], number="30/KH-UBND")

    # 10: "Hằng năm" with no reporting day anywhere: flagged, not guessed.
    write_docx(os.path.join(OUT, "10-yearly-without-day.docx"), [
        heading(number="41"), para("KẾ HOẠCH"), para("Phòng, chống thiên tai năm 2026"),
        para("PHỤ LỤC"),
        table([["STT", "Nội dung", "Lãnh đạo phụ trách", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả", "Thời gian"],
               ["1", "Diễn tập phương án phòng chống lụt bão cấp xã", "Phó Chủ tịch UBND xã", QS, CA, "01 cuộc diễn tập", "Hằng năm"]]),
    ])
    expect("10-yearly-without-day.docx", [
        task("PL1-1", QS, ONGOING, [CA], head="Phó Chủ tịch UBND xã", flag="yearlyWithoutDay"),
    ], [QS, CA], number="41/KH-UBND")

    # 11: Excel with other header words, the plan's year from its title, "Tháng 6".
    rows = [["KẾ HOẠCH PHÁT TRIỂN VĂN HÓA NĂM 2026"],
            ["Số TT", "Công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Tiến độ"],
            [1, "Tổ chức Ngày hội văn hóa các dân tộc", VHXH, "Ủy ban MTTQ Việt Nam xã", "Ngày hội được tổ chức", "Tháng 6"],
            [2, "Số hóa tư liệu di tích lịch sử cấp xã", VHXH, "Trung tâm Dịch vụ sự nghiệp công xã", "Tư liệu số", "Cả năm"]]
    write_xlsx(os.path.join(OUT, "11-headers-variant.xlsx"), [("Kế hoạch", rows, ["A1:F1"])])
    expect("11-headers-variant.xlsx", [
        task("PL1-1", VHXH, date(2026, 6, 30), ["Ủy ban MTTQ Việt Nam xã"], head=""),
        task("PL1-2", VHXH, date(2026, 12, 31), ["Trung tâm Dịch vụ sự nghiệp công xã"], head=""),
    ], [VHXH, "Ủy ban MTTQ Việt Nam xã", "Trung tâm Dịch vụ sự nghiệp công xã"])

    # 12: a lead cell holding a sentence: refused, never a unit.
    write_docx(os.path.join(OUT, "12-prose-lead.docx"), [
        heading(number="50"), para("KẾ HOẠCH"), para("Chuyển đổi số trong trường học năm 2026"),
        para("PHỤ LỤC"),
        table([HEAD7, ["1", "Triển khai học bạ số", "Chủ tịch UBND xã", "Phòng Văn hóa - Xã hội chủ trì, phối hợp với các trường thực hiện", "", "Học bạ số", "Tháng 9/2026"]]),
    ])
    expect("12-prose-lead.docx", [], [], refused="unitNameIsProse")

    # 13: tab-separated text (Excel "Text (Tab delimited)", UTF-8) with the plan's heading
    # lines above the table; the issuer line has a comma, so the first delimited line is not
    # the table's. The title line is the plan's title, never the header row.
    rows13 = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn"],
              ["1", "Niêm yết công khai thủ tục hành chính tại bộ phận một cửa", VP, "", "Thủ tục được niêm yết", "Tháng 4/2026"],
              ["2", "Báo cáo kết quả giải quyết thủ tục hành chính", VP, KT, "Báo cáo tháng", "Hằng tháng"],
              ["3", "Báo cáo tình hình thực hiện cải cách hành chính", VHXH, VP, "Báo cáo quý", "Định kỳ hằng quý"]]
    lines = ["ỦY BAN NHÂN DÂN XÃ AN BÌNH, TỈNH ĐỒNG NAI", "Số: 17/KH-UBND", "", "KẾ HOẠCH",
             "Cải cách hành chính, chuyển đổi số năm 2026", ""]
    data = "\n".join(lines + ["\t".join(r) for r in rows13]) + "\n"
    open(os.path.join(OUT, "13-tab-title.txt"), "wb").write(data.encode("utf-8"))
    expect("13-tab-title.txt", [
        task("KH-1", VP, date(2026, 4, 30), [], head=""),
        task("KH-2", VP, MONTHLY, [KT], head=""),
        task("KH-3", VHXH, QUARTERLY, [VP], head=""),
    ], [VP, KT, VHXH], number="17/KH-UBND", title="Cải cách hành chính, chuyển đổi số năm 2026")

main()
