import LedgerCore
import LedgerReports

/// Says what an import did, or would do, for people.
struct PlanImportText {
  let language: Language

  /// For a new unit whose code is another's with a number added (its initials are the same),
  /// that unit, as perhaps the one meant (trial: "Phòng KT, HT và ĐT" became KTHTVDT2 beside
  /// "Phòng Kinh tế, Hạ tầng và Đô thị" without a word).
  func namesake(of unit: UnitRegistered, among known: [UnitCode: String]) -> String? {
    guard let base = UnitCode.initials(of: unit.name), base != unit.code,
      let name = known[base]
    else { return nil }
    return language.pick(
      vi:
        "⚠ cùng chữ đầu với \(base) “\(name)”: nếu là một đơn vị, hãy viết tên đúng như trong sổ, hoặc ghép bằng --units (tệp hai cột: tên, mã).",
      en:
        "⚠ the same initials as \(base) “\(name)”: if it is that unit, write its name as the ledger has it, or map it with --units (a two-column file: name, code)."
    )
  }

  func render(_ outcome: PlanImportRun.Outcome) -> String {
    let l = language
    let prepared = outcome.prepared
    let r = prepared.registration
    let number =
      r.number
      ?? l.pick(vi: "dự thảo chưa có số (\(prepared.id))", en: "unnumbered draft (\(prepared.id))")
    var lines = [
      l.pick(vi: "Kế hoạch \(number): “\(r.title)”", en: "Plan \(number): “\(r.title)”")
    ]
    var details: [String] = []
    if let issuer = r.issuer { details.append(l.pick(vi: "của \(issuer)", en: "by \(issuer)")) }
    details.append(
      r.issued.map { l.pick(vi: "ngày \($0.display)", en: "dated \($0.display)") }
        ?? l.pick(vi: "chưa ghi ngày", en: "undated"))
    if let day = r.reportingDay {
      details.append(l.pick(vi: "báo cáo hằng năm trước \(day)", en: "reported yearly by \(day)"))
    }
    if let old = r.supersedes {
      details.append(l.pick(vi: "thay thế \(old)", en: "replaces \(old)"))
    }
    lines.append("  " + details.joined(separator: "; "))
    if prepared.alreadyImported {
      lines.append(
        l.pick(
          vi: "Kế hoạch này đã có trong sổ; không tạo thêm gì.",
          en: "This plan is already in the ledger; nothing was created."))
      return lines.joined(separator: "\n")
    }
    if outcome.dryRun { lines += summary(prepared) }
    let origins = Dictionary(
      prepared.newUnitOrigins.map { (VietnameseText.matchKey($0.name), $0.origin) },
      uniquingKeysWith: { first, _ in first })
    var known = outcome.registered
    let units = outcome.events.compactMap { event -> String? in
      guard case .unitRegistered(let u) = event.event else { return nil }
      let origin = origins[VietnameseText.matchKey(u.name)].map { "  ← " + describe($0) } ?? ""
      defer { known[u.code] = u.name }
      return "\(u.code) \(u.name)\(origin)"
        + (namesake(of: u, among: known).map { "\n    " + $0 } ?? "")
    }
    lines.append(l.pick(vi: "Đơn vị mới (\(units.count)):", en: "New units (\(units.count)):"))
    lines += units.map { "  " + $0 }
    var table = TextTable(
      headers: [
        l.pick(vi: "Mã", en: "Id"), l.pick(vi: "Chủ trì", en: "Lead"), l.pick(vi: "Hạn", en: "Due"),
        l.pick(vi: "Nội dung", en: "Task"),
      ])
    let deadlines = DeadlineText(language: l)
    let yearlyWithoutDay = Set(
      prepared.rows.filter { $0.flags.contains(.yearlyWithoutDay) }.map(\.task))
    for event in outcome.events {
      guard case .taskAssigned(let t) = event.event, case .task(let id) = event.stream else {
        continue
      }
      var due = deadlines.describe(t.deadline)
      if t.deadlineUnread == true {
        due =
          l.pick(vi: "không đọc được", en: "not readable") + ": “\(t.source?.deadlineText ?? "-")”"
      }
      if yearlyWithoutDay.contains(id) {
        // Recorded without a deadline until a reporting day is given: never "ongoing" here.
        due = l.pick(
          vi: "hằng năm (chưa có ngày báo cáo)", en: "yearly (no reporting day yet)")
      }
      if let reporting = t.reportingDay {
        due += l.pick(vi: ", báo cáo trước \(reporting)", en: ", report by \(reporting)")
      }
      let lead =
        t.leadUnit == TaskAssigned.collectiveLeadCode
        ? l.pick(vi: "(tập thể)", en: "(group)") : t.leadUnit.rawValue
      table.rows.append([id.rawValue, lead, due, TextTable.shorten(t.title, to: 56)])
    }
    lines.append(l.pick(vi: "Nhiệm vụ (\(table.rows.count)):", en: "Tasks (\(table.rows.count)):"))
    lines += table.render().split(separator: "\n").map { "  " + $0 }
    let flagged = prepared.rows.filter { !$0.flags.isEmpty }
    if !flagged.isEmpty {
      lines.append(l.pick(vi: "Cần xem (\(flagged.count)):", en: "To review (\(flagged.count)):"))
      for reading in flagged {
        let what = reading.flags.map { $0.label(l, on: reading) }.joined(separator: "; ")
        lines.append(
          "  \(reading.task) (\(reading.row.whereLabel(l))): \(what)")
      }
    }
    if !prepared.superseded.isEmpty {
      lines.append(
        l.pick(vi: "Kết thúc do bị thay thế: ", en: "Ended as superseded: ")
          + prepared.superseded.map(\.rawValue).joined(separator: ", "))
    } else if let old = r.supersedes {
      lines.append(
        l.pick(
          vi: "Kế hoạch \(old) không có trong sổ: không có nhiệm vụ nào phải kết thúc.",
          en: "Plan \(old) is not in the ledger: no task to end."))
    }
    if !prepared.unreadDeadlines.isEmpty {
      lines.append(
        l.pick(
          vi: "Không đọc được thời hạn, ghi là không hạn: ",
          en: "Deadline not read, recorded as none: ")
          + prepared.unreadDeadlines.map(\.rawValue).joined(separator: ", "))
    }
    if !prepared.yearlyWithoutDay.isEmpty {
      lines.append(
        l.pick(
          vi:
            "Cần xem lại — “Hằng năm” nhưng kế hoạch không nêu ngày báo cáo, ghi là chưa có hạn (cho --reporting-day dd/mm để đặt): ",
          en:
            "To review — “Hằng năm” but the plan names no reporting day, recorded with no deadline (give --reporting-day dd/mm to set one): "
        ) + prepared.yearlyWithoutDay.map(\.rawValue).joined(separator: ", "))
    }
    if !prepared.recurring.isEmpty {
      lines.append(
        l.pick(vi: "Báo cáo định kỳ: ", en: "Recurring reporting: ")
          + prepared.recurring.map { "\($0.task) (\($0.every.label(l)))" }.joined(separator: ", "))
    }
    if !prepared.withoutHeadRole.isEmpty {
      lines.append(
        l.pick(
          vi: "Kế hoạch không ghi người đứng đầu chịu trách nhiệm (check sẽ nhắc): ",
          en: "The plan names no accountable head (check will ask): ")
          + prepared.withoutHeadRole.map(\.rawValue).joined(separator: ", "))
    }
    let first = outcome.events.first?.position ?? 0
    let last = outcome.events.last?.position ?? 0
    lines.append(
      outcome.dryRun
        ? l.pick(
          vi: "Chạy thử: sẽ ghi \(outcome.events.count) sự kiện; chưa ghi gì.",
          en: "Dry run: \(outcome.events.count) events would be recorded; nothing was written.")
        : l.pick(
          vi:
            "Đã ghi \(outcome.events.count) sự kiện (#\(first)–#\(last)), hiệu lực \(outcome.effective.display).",
          en:
            "Recorded \(outcome.events.count) events (#\(first)–#\(last)), effective \(outcome.effective.display)."
        ))
    return lines.joined(separator: "\n")
  }

  /// The summary a dry run starts with: rows read, units new and matched, flags by kind.
  func summary(_ prepared: PlanImport) -> [String] {
    let l = language
    let new = Set(prepared.newUnits.map(VietnameseText.matchKey))
    var named = Set<String>()
    for reading in prepared.rows {
      // A collective row's lead is empty: no unit.
      for unit in [reading.lead] + reading.coLeads + reading.coordinators where !unit.isEmpty {
        named.insert(unit)
      }
    }
    let matched = named.filter { !new.contains(VietnameseText.matchKey($0)) }.count
    var lines = [
      l.pick(
        vi:
          "Tóm tắt: đọc \(prepared.rows.count) dòng; đơn vị: \(prepared.newUnits.count) mới, \(matched) đã có trong sổ.",
        en:
          "Summary: \(prepared.rows.count) rows read; units: \(prepared.newUnits.count) new, \(matched) already in the ledger."
      )
    ]
    let counts = RowFlag.allCases.compactMap { flag -> String? in
      let count = prepared.rows.filter { $0.flags.contains(flag) }.count
      return count == 0 ? nil : "\(flag.label(l)): \(count)"
    }
    lines.append(
      "  " + l.pick(vi: "Cần xem theo loại: ", en: "Flags by kind: ")
        + (counts.isEmpty ? l.pick(vi: "không có", en: "none") : counts.joined(separator: "; ")))
    return lines
  }

  /// What `import --review` wrote.
  func reviewWritten(_ outcome: PlanImportRun.Outcome, path: String) -> String {
    let l = language
    return
      (summary(outcome.prepared) + [
        l.pick(
          vi:
            "Đã ghi \(outcome.prepared.rows.count) dòng vào \(path) để rà soát (mở bằng Excel, sửa, rồi chạy: clearledger import --from-review \(path)); sổ chưa ghi gì.",
          en:
            "Wrote \(outcome.prepared.rows.count) rows to \(path) for review (open in Excel, correct, then run: clearledger import --from-review \(path)); nothing was written to the ledger."
        )
      ]).joined(separator: "\n")
  }

  /// Where the plan names a new unit: "PL1-I-2, chủ trì: “…”".
  private func describe(_ origin: NewUnit.Origin) -> String {
    let l = language
    switch origin {
    case .cell(let task, let column, let text):
      let name =
        column == .lead ? l.pick(vi: "chủ trì", en: "lead") : l.pick(vi: "phối hợp", en: "support")
      return "\(task), \(name): “\(TextTable.shorten(PlanImporterText.oneLine(text), to: 60))”"
    case .body(let phrase):
      return l.pick(vi: "Tổ chức thực hiện: “\(phrase)”", en: "Tổ chức thực hiện: “\(phrase)”")
    }
  }
}

/// A cell's lines on one line, for messages.
enum PlanImporterText {
  static func oneLine(_ text: String) -> String {
    text.split(separator: "\n").joined(separator: " / ")
  }
}
