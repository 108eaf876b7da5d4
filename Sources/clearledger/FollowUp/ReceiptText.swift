import LedgerCore
import LedgerJSON
import LedgerReports

/// The receipt section of `check`: tasks not acknowledged by their lead unit in time.
struct ReceiptText {
  let language: Language

  /// Lines to append to the check's text; empty when every task was received in time.
  func render(_ receipt: ReceiptCheck) -> String {
    let l = language
    guard !receipt.late.isEmpty else { return "" }
    var table = TextTable(headers: [
      l.pick(vi: "Mã", en: "Task"), l.pick(vi: "Chủ trì", en: "Lead"),
      l.pick(vi: "Nhận từ", en: "Since"), l.pick(vi: "Hạn xác nhận", en: "Due by"),
      l.pick(vi: "Xác nhận", en: "Acknowledged"),
      l.pick(vi: "Trưởng đơn vị ngày hạn", en: "Head on due-by day"),
    ])
    for late in receipt.late {
      table.rows.append([
        late.view.task.id.rawValue, late.view.lead.rawValue, late.since.display,
        late.dueBy.display,
        late.acknowledgedOn.map {
          l.pick(vi: "trễ, ngày \($0.display)", en: "late, on \($0.display)")
        }
          ?? l.pick(vi: "chưa xác nhận", en: "not yet"),
        late.headLabel ?? "—",
      ])
    }
    let heading = l.pick(
      vi:
        "Nhận nhiệm vụ: \(receipt.late.count) nhiệm vụ chưa được đơn vị chủ trì xác nhận đã nhận trong \(receipt.workingDays) ngày làm việc (`task acknowledge`):",
      en:
        "Receipt: \(receipt.late.count) task(s) not acknowledged by the lead unit within \(receipt.workingDays) working days (`task acknowledge`):"
    )
    return "\n" + heading + "\n" + table.render()
  }
}

/// One task received late or not yet, in `check --json`.
struct ReceiptJSON: Encodable {
  var task: String
  var leadUnit: String
  var since: String
  var dueBy: String
  @ExplicitNull var acknowledgedOn: String?

  init(_ late: ReceiptCheck.Late) {
    task = late.view.task.id.rawValue
    leadUnit = late.view.lead.rawValue
    since = late.since.iso
    dueBy = late.dueBy.iso
    acknowledgedOn = late.acknowledgedOn?.iso
  }
}
