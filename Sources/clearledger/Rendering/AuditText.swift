import Foundation
import LedgerCore
import LedgerStore

/// Renders an audit for people: one line per event, then a summary per recorder.
struct AuditText {
  let language: Language
  let timeZone: TimeZone
  let titles: [TaskID: String]
  let threshold: Int

  func render(_ entries: [AuditEntry]) -> String {
    let l = language
    guard !entries.isEmpty else {
      return l.pick(vi: "Không có sự kiện nào khớp.", en: "No events match.")
    }
    let phrase = EventPhrase(language: l, timeZone: timeZone, titles: titles)
    // Once any event is signed, a column says who signed each and marks the unsigned.
    let signing = entries.contains { $0.event.signer != nil }
    var headers = [
      "#", l.pick(vi: "Ghi lúc", en: "Recorded"), l.pick(vi: "Người ghi", en: "By"),
      l.pick(vi: "Ngày xảy ra", en: "Happened"), l.pick(vi: "Trễ", en: "Lag"),
      l.pick(vi: "Sự kiện", en: "Event"),
    ]
    if signing { headers.insert(l.pick(vi: "Khóa ký", en: "Signed"), at: 3) }
    var table = TextTable(headers: headers)
    for entry in entries {
      let event = entry.event
      var what = TextTable.shorten(phrase.phrase(event), to: 80)
      if entry.extendedAfterDeadline {
        what = l.pick(vi: "⚠ GIA HẠN SAU HẠN ", en: "⚠ EXTENDED AFTER DEADLINE ") + what
      }
      if entry.backdated {
        what = l.pick(vi: "⚠ GHI LÙI ", en: "⚠ BACKDATED ") + what
      }
      if event.fixedClock {
        what = l.pick(vi: "⏱ ĐỒNG HỒ CỐ ĐỊNH ", en: "⏱ FIXED CLOCK ") + what
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
      var row = [
        "\(event.position)", recorded, event.actor, entry.happened.display, lag, what,
      ]
      if signing {
        row.insert(event.signer ?? l.pick(vi: "KHÔNG KÝ", en: "UNSIGNED"), at: 3)
      }
      table.rows.append(row)
    }
    var lines = [table.render(), ""]
    let byActor = Dictionary(grouping: entries, by: \.event.actor)
    lines.append(l.pick(vi: "Theo người ghi:", en: "By recorder:"))
    for actor in byActor.keys.sorted(by: VietnameseText.areInIncreasingOrder) {
      let own = byActor[actor] ?? []
      let late = own.filter(\.backdated).count
      let worst = own.map(\.lagDays).max() ?? 0
      lines.append(
        l.pick(
          vi:
            "  \(actor): \(own.count) sự kiện, \(late) ghi lùi quá \(threshold) ngày, trễ nhất \(worst) ngày",
          en:
            "  \(actor): \(own.count) event\(own.count == 1 ? "" : "s"), \(late) backdated over \(threshold) days, longest lag \(worst) days"
        ))
    }
    return lines.joined(separator: "\n")
  }
}
