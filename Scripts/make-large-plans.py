#!/usr/bin/env python3
"""Writes the large-plan corpus in Tests/Fixtures/large-plans/: ten plans of 60-150 rows in
national, provincial and commune styles (text, CSV, Word, Excel), written for the tests (no published text is copied),
each with the reading it must give as JSON (`NAME.expected.json`).

The plans show what real plans do: unit names holding "và" or commas, several leads in one
cell, collective leads, generic coordinating phrases before named bodies, national deadlines
("2025", "12/2025", "2025 - 2026", "Quý I/2025", "Năm 2025 và những năm tiếp theo"), lead
columns headed "Cơ quan thực hiện", rows cut by page breaks, glued cells, blank rows, and an
indicators appendix before the tasks. Seeded, so the output is the same on every run; run from
the package root. The output is committed, so tests need no Python.
"""
import calendar, json, os, random

OUT = "Tests/Fixtures/large-plans"

MINISTRIES = [
    "Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ", "Bộ Kế hoạch và Đầu tư",
    "Bộ Tài chính", "Bộ Công an", "Bộ Quốc phòng", "Bộ Nội vụ", "Bộ Tư pháp",
    "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Lao động - Thương binh và Xã hội", "Bộ Tài nguyên và Môi trường", "Bộ Công Thương",
    "Bộ Nông nghiệp và Phát triển nông thôn", "Ngân hàng Nhà nước Việt Nam",
    "Văn phòng Chính phủ", "Bộ Giao thông vận tải", "Bộ Ngoại giao", "Bộ Xây dựng",
]
CENTRAL_OTHERS = [
    "Quốc hội", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Kiểm toán nhà nước",
    "Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam", "Bảo hiểm xã hội Việt Nam",
    "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
]
NEW_CENTRAL = ["Cục An toàn thông tin", "Cục Bưu điện và Viễn thông", "Trung tâm Dữ liệu quốc gia"]
DEPARTMENTS = [
    "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ", "Sở Kế hoạch và Đầu tư",
    "Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Giáo dục và Đào tạo", "Sở Y tế",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội",
    "Sở Tài nguyên và Môi trường", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn",
    "Công an tỉnh", "Văn phòng UBND tỉnh", "Sở Xây dựng",
]
NEW_PROVINCIAL = ["Trung tâm Công nghệ thông tin tỉnh", "Ban Quản lý dự án chuyển đổi số"]
COMMUNE = [
    "Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
    "Trung tâm Phục vụ hành chính công xã", "Trung tâm Dịch vụ sự nghiệp công xã", "Công an xã",
    "Ban Chỉ huy Quân sự xã", "Trạm Y tế xã", "Phòng Kinh tế, Hạ tầng và Đô thị",
]
PARTY = ["Ban Tổ chức Trung ương", "Ban Tuyên giáo Trung ương", "Văn phòng Trung ương Đảng",
         "Ban Dân vận Trung ương", "Ủy ban Kiểm tra Trung ương", "Ban Nội chính Trung ương"]
COLLECTIVE = {
    "national": ["Các bộ, ngành, địa phương", "UBND các tỉnh, thành phố",
                 "Các doanh nghiệp viễn thông", "Các bộ, cơ quan ngang bộ"],
    "provincial": ["UBND các xã, phường", "Các sở, ban, ngành", "Các doanh nghiệp viễn thông"],
    "commune": ["Các thôn, tổ dân phố", "Các đơn vị thuộc UBND xã"],
}
GENERIC = ["Các bộ, ngành liên quan", "Các cơ quan, đơn vị liên quan", "Các đơn vị liên quan",
           "các địa phương"]
VERBS = ["Xây dựng", "Ban hành", "Hoàn thiện", "Triển khai", "Tổ chức", "Đánh giá", "Rà soát",
         "Nâng cấp", "Số hóa", "Kết nối"]
OBJECTS = ["cơ sở dữ liệu chuyên ngành", "quy chế chia sẻ dữ liệu", "nền tảng số dùng chung",
           "hệ thống thông tin giải quyết thủ tục hành chính", "bộ chỉ số chuyển đổi số",
           "chương trình đào tạo kỹ năng số", "hạ tầng mạng 5G", "trung tâm điều hành thông minh",
           "kho dữ liệu dùng chung", "danh mục dịch vụ công trực tuyến toàn trình"]
RESULTS = ["Quyết định ban hành", "Cơ sở dữ liệu vận hành", "Báo cáo đánh giá", "Hệ thống vận hành",
           "Đề án được phê duyệt", "Nghị định", "Thông tư"]
SECTIONS = ["Hoàn thiện thể chế", "Phát triển hạ tầng số", "Phát triển dữ liệu số",
            "Phát triển nhân lực số", "Bảo đảm an toàn thông tin", "Chuyển đổi số doanh nghiệp"]


def month_end(year, month):
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def deadline(rng, style, base, reporting):
    """A deadline cell, its expected reading, and the flags it brings."""
    y = base
    if style == "commune":
        choices = [
            (f"Tháng {m}/{y}", {"kind": "date", "date": month_end(y, m)}) for m in (3, 6, 9, 12)
        ] + [
            ("Thường xuyên", {"kind": "ongoing"}),
            ("Hằng năm", {"kind": "yearly", "day": reporting[0], "month": reporting[1]} if reporting else None),
            (f"Quý II/{y}", {"kind": "date", "date": month_end(y, 6)}),
            (f"{y}", {"kind": "date", "date": f"{y}-12-31"}),
        ]
    else:
        choices = [
            (f"{y}", {"kind": "date", "date": f"{y}-12-31"}),
            (f"{y}", {"kind": "date", "date": f"{y}-12-31"}),
            (f"12/{y}", {"kind": "date", "date": month_end(y, 12)}),
            (f"6/{y}", {"kind": "date", "date": month_end(y, 6)}),
            (f"{y} - {y + 1}", {"kind": "date", "date": f"{y + 1}-12-31"}),
            (f"{y - 1}-{y}", {"kind": "date", "date": f"{y}-12-31"}),
            (f"Quý I/{y + 1}", {"kind": "date", "date": month_end(y + 1, 3)}),
            (f"Quý IV/{y}", {"kind": "date", "date": month_end(y, 12)}),
            (f"Năm {y} và những năm tiếp theo",
             {"kind": "yearly", "day": reporting[0], "month": reporting[1]}),
            ("Thường xuyên", {"kind": "ongoing"}),
        ]
    return rng.choice(choices)


def pools(style):
    if style == "national":
        return MINISTRIES + CENTRAL_OTHERS, NEW_CENTRAL
    if style == "provincial":
        return DEPARTMENTS, NEW_PROVINCIAL
    if style == "party":
        return PARTY + MINISTRIES[:6], []
    return COMMUNE, []


def make_rows(rng, style, count, base, reporting, unreadable):
    known, new = pools(style)
    collective = COLLECTIVE["commune" if style == "commune" else
                            "provincial" if style == "provincial" else "national"]
    rows = []
    for index in range(count):
        kind = rng.random()
        flags = []
        leads, lead_cell, collective_lead = [], "", None
        if kind < 0.12:
            lead_cell = rng.choice(collective)
            collective_lead = lead_cell
            flags.append("collective_lead")
        elif kind < 0.27:
            leads = rng.sample(known, rng.choice([2, 2, 3, 5, 8 if len(known) > 10 else 3]))
            lead_cell = rng.choice([", ", "; ", " và "]).join(leads) if len(leads) == 2 else \
                rng.choice([", ", "; "]).join(leads)
            flags.append("several_leads")
        elif kind < 0.32:
            leads = rng.sample(known, 2)
            lead_cell = " ".join(leads)
            flags += ["several_leads", "glued_names"]
        elif kind < 0.38 and new:
            leads = [rng.choice(new)]
            lead_cell = leads[0]
        else:
            leads = [rng.choice(known)]
            lead_cell = leads[0]
        others = [u for u in known if u not in leads]
        coordinators = rng.sample(others, rng.choice([0, 1, 2, 3]))
        c = rng.random()
        if c < 0.25:
            support_cell = rng.choice(GENERIC) + (", " + ", ".join(coordinators) if coordinators else "")
            if coordinators or True:
                flags.append("vague_coordinators")
        elif c < 0.35:
            support_cell = rng.choice(GENERIC)
            coordinators = []
            flags.append("vague_coordinators")
        else:
            support_cell = ", ".join(coordinators)
        task = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} giai đoạn {base}-{base + 5} (nhiệm vụ {index + 1})"
        due_cell, due = deadline(rng, style, base, reporting)
        if due_cell == "Hằng năm" and reporting is None:
            # A plan without a reporting day: recorded with none, and flagged.
            due = {"kind": "ongoing"}
            flags.append("yearly_without_day")
        if unreadable and rng.random() < 0.04:
            due_cell, due = "Theo tiến độ dự án", None
            flags = [f for f in flags if f != "yearly_without_day"] + ["deadline_unread"]
        continued = rng.random() < 0.08
        if continued:
            flags.append("joined_continuation")
        rows.append(dict(task=task, lead_cell=lead_cell, leads=leads, collective=collective_lead,
                         support_cell=support_cell, coordinators=coordinators, due_cell=due_cell,
                         due=due, result=rng.choice(RESULTS), continued=continued,
                         head="Bộ trưởng" if style == "national" else "Chủ tịch UBND xã" if style == "commune" else "Giám đốc",
                         flags=sorted(set(flags))))
    return rows


HEADERS = {
    "Cơ quan chủ trì": "lead", "Cơ quan thực hiện": "lead", "Đơn vị thực hiện": "lead",
    "Cơ quan chủ trì thực hiện": "lead",
}


def layout(rows, lead_header, deadline_header, sections):
    """Table records (header first), each task a record, with section rows, continuation rows
    and blank rows; returns the records and each task's id."""
    header = ["STT", "Nhiệm vụ", "Người đứng đầu chịu trách nhiệm", lead_header,
              "Cơ quan phối hợp", "Sản phẩm", deadline_header]
    records, ids = [header], []
    per = max(1, len(rows) // sections)
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    for index, row in enumerate(rows):
        section = min(index // per, sections - 1)
        number = index - section * per + 1
        if number == 1:
            records.append([roman[section], SECTIONS[section % len(SECTIONS)], "", "", "", "", ""])
        task = row["task"]
        if row["continued"]:
            words = task.split(" ")
            cut = len(words) // 2
            first, rest = " ".join(words[:cut]), " ".join(words[cut:])
            records.append([str(number), first, row["head"], row["lead_cell"], row["support_cell"],
                            row["result"], row["due_cell"]])
            records.append(["", rest, "", "", "", "", ""])
        else:
            records.append([str(number), task, row["head"], row["lead_cell"], row["support_cell"],
                            row["result"], row["due_cell"]])
        if index % 17 == 16:
            records.append(["", "", "", "", "", "", ""])
        ids.append((roman[section], str(number)))
    return records


def expected(rows, ids_prefix, records_ids):
    out = []
    for row, (section, number) in zip(rows, records_ids):
        # A collective row registers no unit: its lead is empty, its text the collective lead.
        leads = row["leads"] if row["leads"] else [""]
        out.append({
            "task": f"{ids_prefix}-{section}-{number}", "title": row["task"],
            "lead": leads[0], "co_leads": leads[1:], "collective_lead": row["collective"],
            "coordinators": row["coordinators"], "deadline": row["due"], "flags": row["flags"],
        })
    return out


def task_ids(rows, sections):
    per = max(1, len(rows) // sections)
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    ids = []
    for index in range(len(rows)):
        section = min(index // per, sections - 1)
        ids.append((roman[section], str(index - section * per + 1)))
    return ids


def heading(style, title, date_line, reporting_line):
    issuer = {"national": "CHÍNH PHỦ", "provincial": "ỦY BAN NHÂN DÂN TỈNH AN GIANG MỚI",
              "commune": "ỦY BAN NHÂN DÂN XÃ HÒA AN", "party": "BAN CHẤP HÀNH TRUNG ƯƠNG"}[style]
    lines = [issuer, "Số: 12/KH-UBND" if style != "national" else "Số: 12/KH-CP", date_line, "",
             "KẾ HOẠCH", title, "", "I. MỤC ĐÍCH, YÊU CẦU",
             "Bảo đảm triển khai đồng bộ các nhiệm vụ chuyển đổi số, có sản phẩm cụ thể."]
    if reporting_line:
        lines.append(reporting_line)
    return lines


def tsv(records):
    return "\n".join("\t".join(r) for r in records)


def csv(records, sep):
    def field(v):
        return '"' + v.replace('"', '""') + '"' if (sep in v or '"' in v or "\n" in v) else v
    return "\r\n".join(sep.join(field(v) for v in r) for r in records) + "\r\n"


def indicators(rng):
    records = [["STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu năm 2025", "Mục tiêu năm 2030"]]
    for i in range(1, 9):
        records.append([str(i), f"Tỷ lệ dịch vụ công trực tuyến toàn trình nhóm {i}", "%",
                        str(50 + i), str(80 + i)])
    return records


PLANS = [
    # name, style, rows, format, lead header, deadline header, sections, base year, unreadable, two appendices
    ("01-national-programme.txt", "national", 140, "txt", "Cơ quan chủ trì", "Thời hạn hoàn thành", 6, 2025, False, False),
    ("02-national-ai.csv", "national", 90, "csv;", "Cơ quan thực hiện", "Thời gian hoàn thành", 4, 2025, True, False),
    ("03-national-two-appendices.txt", "national", 70, "txt", "Cơ quan chủ trì thực hiện", "Tiến độ", 3, 2025, False, True),
    ("04-provincial-department.txt", "provincial", 120, "txt", "Cơ quan chủ trì thực hiện", "Thời hạn", 5, 2025, True, False),
    ("05-provincial.csv", "provincial", 80, "csv,", "Cơ quan chủ trì", "Thời gian hoàn thành", 4, 2025, False, False),
    ("06-commune.txt", "commune", 60, "txt", "Cơ quan chủ trì", "Thời gian hoàn thành", 3, 2026, False, False),
    ("07-commune.csv", "commune", 75, "csv;", "Đơn vị thực hiện", "Thời hạn", 4, 2026, True, False),
    ("08-party-office.txt", "party", 100, "txt", "Cơ quan thực hiện", "Thời gian thực hiện", 5, 2025, False, False),
    ("09-provincial.docx", "provincial", 65, "docx", "Cơ quan chủ trì", "Thời hạn hoàn thành", 3, 2025, False, False),
    ("10-national.xlsx", "national", 62, "xlsx", "Cơ quan thực hiện", "Thời hạn", 3, 2025, False, False),
]


def office():
    """The Word and Excel writers of Scripts/make-plan-fixtures.py."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "fixtures", os.path.join(os.path.dirname(__file__), "make-plan-fixtures.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    os.makedirs(OUT, exist_ok=True)
    for number, (name, style, count, fmt, lead_h, due_h, sections, base, unreadable, two) in enumerate(PLANS):
        rng = random.Random(2026 + number)
        reporting = (30, 11) if style == "commune" else (31, 12)
        if style == "commune" and fmt != "txt":
            reporting = None  # a sheet alone names no reporting day
        rows = make_rows(rng, style, count, base, reporting, unreadable)
        records = layout(rows, lead_h, due_h, sections)
        ids = task_ids(rows, sections)
        date_line = f"Hà Nội, ngày 10 tháng 01 năm {base}" if style != "commune" else f"Hòa An, ngày 10 tháng 01 năm {base}"
        reporting_line = ("Định kỳ hằng năm trước ngày 30/11 các cơ quan, đơn vị báo cáo kết quả thực hiện Kế hoạch."
                          if style == "commune" else None)
        title = f"Thực hiện chuyển đổi số năm {base} ({style})"
        if fmt == "txt":
            lines = heading(style, title, date_line, reporting_line)
            if two:
                lines += ["", "PHỤ LỤC I", "CHỈ TIÊU CHỦ YẾU", tsv(indicators(rng)), "",
                          "PHỤ LỤC II", "NHIỆM VỤ CỤ THỂ", tsv(records)]
                prefix = "PL2"
            else:
                lines += ["", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ", tsv(records)]
                prefix = "PL1"
            text = "\n".join(lines) + "\n"
            open(os.path.join(OUT, name), "w", encoding="utf-8").write(text)
        elif fmt == "docx":
            w = office()
            blocks = [w.para(line) for line in heading(style, title, date_line, reporting_line) if line]
            blocks += [w.para("PHỤ LỤC", bold=True), w.para("DANH MỤC NHIỆM VỤ", bold=True),
                       w.table(records)]
            w.write_docx(os.path.join(OUT, name), blocks)
            prefix = "PL1"
        elif fmt == "xlsx":
            w = office()
            sheet = [[title]] + [[]] + records
            w.write_xlsx(os.path.join(OUT, name), [("Nhiệm vụ", sheet, [])])
            prefix = "PL1"  # each sheet is an appendix
        else:
            sep = fmt[3]
            text = "\ufeff" + csv([["KẾ HOẠCH " + title]] + [[]] + records, sep)
            open(os.path.join(OUT, name), "w", encoding="utf-8", newline="").write(text)
            prefix = "KH"
        plan = {
            "style": style, "rows": count, "lenient": unreadable,
            "tasks": expected(rows, prefix, ids),
        }
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(plan, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(name, count)


if __name__ == "__main__":
    main()
