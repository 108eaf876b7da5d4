import Foundation
import LedgerCore
import LedgerReports
import LedgerStore

/// Renders an audit for people: one line per event, then a summary per recorder.
///
/// Streams: a first pass over the log measures the columns and sums each recorder's events
/// (`measure`), a second writes each line as it comes (`line`), so memory does not grow with
/// the ledger. Every cell is escaped for the terminal before it is measured.
struct AuditText {
  let language: Language
  let timeZone: TimeZone
  let titles: [TaskID: String]
  let threshold: Int

  /// What the first pass learns: column widths, whether any event is signed, each recorder's
  /// counts, and the last position seen (the second pass stops there).
  struct Layout {
    var widths: [Int]
    var signerWidth: Int
    var signing = false
    var count = 0
    var lastPosition: Int64 = 0
    var byActor: [String: RecorderSum] = [:]
  }

  /// One recorder's events, backdated events and longest lag.
  struct RecorderSum {
    var events = 0
    var late = 0
    var worst = 0
  }

  private var headers: [String] {
    let l = language
    return [
      "#", l.pick(vi: "Ghi lúc", en: "Recorded"), l.pick(vi: "Người ghi", en: "By"),
      l.pick(vi: "Ngày xảy ra", en: "Happened"), l.pick(vi: "Trễ", en: "Lag"),
      l.pick(vi: "Sự kiện", en: "Event"),
    ]
  }

  private var signerHeader: String { language.pick(vi: "Khóa ký", en: "Signed") }

  /// An empty layout, sized by the headers.
  func layout() -> Layout {
    Layout(widths: headers.map(\.count), signerWidth: signerHeader.count)
  }

  /// Who recorded the entry: for an imported fact, its source's recorder and the importer.
  private func by(_ entry: AuditEntry) -> String {
    guard entry.event.origin?.actor != nil else { return entry.event.actor }
    return entry.recordedBy
      + language.pick(vi: "; nhập: \(entry.event.actor)", en: "; imported by \(entry.event.actor)")
  }

  /// The cells of one entry (without the signer column), and its signer cell, escaped.
  private func cells(_ entry: AuditEntry) -> (cells: [String], signer: String) {
    let l = language
    let event = entry.event
    let phrase = EventPhrase(language: l, timeZone: timeZone, titles: titles)
    var what = TextTable.shorten(phrase.phrase(event), to: 80)
    if let absent = entry.approverAbsent {
      let left = absent.left.map {
        l.pick(vi: " (THÔI TỪ \($0.display))", en: " (LEFT \($0.display))")
      }
      what =
        l.pick(vi: "⚠ NGƯỜI DUYỆT KHÔNG GIỮ CHỨC", en: "⚠ APPROVER OUT OF OFFICE") + (left ?? "")
        + " " + what
    }
    if entry.extendedAfterDeadline {
      what = l.pick(vi: "⚠ GIA HẠN SAU HẠN ", en: "⚠ EXTENDED AFTER DEADLINE ") + what
    }
    if entry.backdated {
      what = l.pick(vi: "⚠ GHI LÙI ", en: "⚠ BACKDATED ") + what
    }
    if event.fixedClock {
      what = l.pick(vi: "⏱ ĐỒNG HỒ CỐ ĐỊNH ", en: "⏱ FIXED CLOCK ") + what
    }
    if entry.altered {
      what = l.pick(vi: "⚠ BỊ SỬA ", en: "⚠ ALTERED ") + what
    }
    if let by = entry.retractedBy {
      what += l.pick(vi: " [đã đính chính bởi #\(by)]", en: " [retracted by #\(by)]")
    }
    var recorded = Clock.display(event.recorded, in: timeZone)
    var lag = l.pick(vi: "\(entry.lagDays) ngày", en: "\(entry.lagDays) d")
    if let there = entry.sourceRecorded, let importLag = entry.importLagDays {
      // An imported fact: the source's recording, then the import's.
      recorded = Clock.display(there, in: timeZone) + l.pick(vi: " (nguồn)", en: " (source)")
      lag += l.pick(vi: "; nhập sau \(importLag) ngày", en: "; imported +\(importLag) d")
    }
    let row = [
      "\(event.position)", recorded, by(entry), entry.happened.display, lag, what,
    ].map(TerminalText.escaped)
    let signer = TerminalText.escaped(event.signer ?? l.pick(vi: "KHÔNG KÝ", en: "UNSIGNED"))
    return (row, signer)
  }

  /// First pass: widens the columns for the entry and counts it for its recorder.
  func measure(_ entry: AuditEntry, into layout: inout Layout) {
    let (row, signer) = cells(entry)
    for (index, cell) in row.enumerated() {
      layout.widths[index] = max(layout.widths[index], cell.count)
    }
    layout.signerWidth = max(layout.signerWidth, signer.count)
    layout.signing = layout.signing || entry.event.signer != nil
    layout.count += 1
    layout.lastPosition = max(layout.lastPosition, entry.event.position)
    var sum = layout.byActor[entry.recordedBy, default: RecorderSum()]
    sum.events += 1
    if entry.backdated { sum.late += 1 }
    sum.worst = max(sum.worst, entry.lagDays)
    layout.byActor[entry.recordedBy] = sum
  }

  /// Cells laid out in columns two spaces apart; the last is not padded.
  private func join(_ cells: [String], _ layout: Layout) -> String {
    var widths = layout.widths
    if layout.signing {
      widths.insert(layout.signerWidth, at: 3)
    }
    var line = ""
    for (index, cell) in cells.enumerated() {
      line += cell
      if index < cells.count - 1 {
        line += String(repeating: " ", count: widths[index] - cell.count + 2)
      }
    }
    return line
  }

  /// The opening: "no events", or the headers and their rule.
  func head(_ layout: Layout) -> String {
    guard layout.count > 0 else {
      return language.pick(vi: "Không có sự kiện nào khớp.", en: "No events match.")
    }
    var names = headers
    var widths = layout.widths
    if layout.signing {
      names.insert(signerHeader, at: 3)
      widths.insert(layout.signerWidth, at: 3)
    }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
    return join(names, layout) + "\n" + rule
  }

  /// Second pass: the entry's line.
  func line(_ entry: AuditEntry, _ layout: Layout) -> String {
    let parts = cells(entry)
    var row = parts.cells
    if layout.signing { row.insert(parts.signer, at: 3) }
    return join(row, layout)
  }

  /// The closing summary per recorder (empty when no event matched).
  func summary(_ layout: Layout) -> String {
    guard layout.count > 0 else { return "" }
    let l = language
    var lines = ["", l.pick(vi: "Theo người ghi:", en: "By recorder:")]
    for actor in layout.byActor.keys.sorted(by: VietnameseText.areInIncreasingOrder) {
      let own = layout.byActor[actor] ?? RecorderSum()
      let name = TerminalText.escaped(actor)
      lines.append(
        l.pick(
          vi:
            "  \(name): \(own.events) sự kiện, \(own.late) ghi lùi quá \(threshold) ngày, trễ nhất \(own.worst) ngày",
          en:
            "  \(name): \(own.events) event\(own.events == 1 ? "" : "s"), \(own.late) backdated over \(threshold) days, longest lag \(own.worst) days"
        ))
    }
    return lines.joined(separator: "\n")
  }
}
