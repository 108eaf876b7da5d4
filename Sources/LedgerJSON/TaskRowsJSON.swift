import LedgerCore

/// Writes a list of task rows, each with its source, as `--json` prints
/// `[SourcedJSON(source, TaskJSON(view))]` (pretty-printed, keys sorted, snake case, slashes
/// unescaped), byte for byte, without going through `JSONEncoder`.
///
/// A cross-commune list holds tens of thousands of rows; `JSONEncoder` builds a tree of every
/// value, converts every key to snake case and sorts every object's keys, which costs more than
/// reading the rows. The layout here is fixed by the type; tests check it equals the encoder's
/// on every kind of row. Text it does not know how to escape as the encoder does (control
/// characters, DEL, the line and paragraph separators) makes it answer nil: the caller then uses the
/// encoder.
public enum TaskRowsJSON {
  /// The rows' JSON text, nil when some text needs the encoder's escaping.
  public static func text(_ rows: [(source: String, view: TaskView)]) -> String? {
    guard !rows.isEmpty else { return "[\n\n]" }
    var out = Writer()
    out.raw("[\n")
    for (index, row) in rows.enumerated() {
      if index > 0 { out.raw(",\n") }
      guard out.row(TaskJSON(row.view), source: row.source) else { return nil }
    }
    out.raw("\n]")
    return String(decoding: out.bytes, as: UTF8.self)
  }

  /// One row's text, as `text` writes it inside the list (two spaces in, no separator); nil
  /// when some text needs the encoder's escaping.
  public static func row(_ view: TaskView, source: String) -> String? {
    var out = Writer(capacity: 1 << 10)
    guard out.row(TaskJSON(view), source: source) else { return nil }
    return String(decoding: out.bytes, as: UTF8.self)
  }

  /// The list of rows written by `row`, as `text` writes it.
  public static func text(rows: [String]) -> String {
    guard !rows.isEmpty else { return "[\n\n]" }
    var size = 4
    for row in rows { size += row.utf8.count + 2 }
    var out = "[\n"
    out.reserveCapacity(size)
    for (index, row) in rows.enumerated() {
      if index > 0 { out += ",\n" }
      out += row
    }
    out += "\n]"
    return out
  }

  /// The bytes of the text being written.
  private struct Writer {
    var bytes: [UInt8] = []
    /// False once a string needed escaping this writer does not do.
    var plain = true

    init(capacity: Int = 1 << 20) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: StaticString) {
      text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
      bytes.append(0x22)
      var maybeSeparator = false
      for byte in value.utf8 {
        switch byte {
        case 0x22: raw(#"\""#)
        case 0x5C: raw(#"\\"#)
        case 0..<0x20, 0x7F:
          plain = false
          return
        case 0xE2:
          maybeSeparator = true
          bytes.append(byte)
        default: bytes.append(byte)
        }
      }
      // U+2028 and U+2029: left to the encoder.
      if maybeSeparator, value.unicodeScalars.contains(where: { $0.value & ~1 == 0x2028 }) {
        plain = false
      }
      bytes.append(0x22)
    }

    mutating func optional(_ value: String?) {
      if let value { string(value) } else { raw("null") }
    }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// A key at the rows' member depth (four spaces), with its separator.
    mutating func key(_ name: StaticString, first: Bool = false) {
      raw(first ? "    \"" : ",\n    \"")
      raw(name)
      raw("\" : ")
    }

    /// An array of strings at member depth.
    mutating func strings(_ values: [String]) {
      guard !values.isEmpty else { return raw("[\n\n    ]") }
      raw("[\n")
      for (index, value) in values.enumerated() {
        raw(index == 0 ? "      " : ",\n      ")
        string(value)
      }
      raw("\n    ]")
    }

    /// A deadline as `Deadline`'s encoding writes it, at member depth.
    mutating func deadline(_ written: TaskDeadlineJSON) {
      raw("{\n")
      if let text = written.unreadText {
        raw("      \"kind\" : \"unreadable\",\n      \"text\" : ")
        string(text)
        raw("\n    }")
        return
      }
      switch written.deadline {
      case .date(let due):
        raw("      \"date\" : ")
        string(due.iso)
        raw(",\n      \"kind\" : \"date\"")
      case .ongoing:
        raw("      \"kind\" : \"ongoing\"")
      case .yearly(let day, let month):
        raw("      \"day\" : ")
        int(day)
        raw(",\n      \"kind\" : \"yearly\",\n      \"month\" : ")
        int(month)
      case .recurring(let period, let day):
        if let day {
          raw("      \"day\" : ")
          int(day)
          raw(",\n")
        }
        raw("      \"kind\" : ")
        string(period.rawValue)
      }
      raw("\n    }")
    }

    /// One row, its keys in sorted order; false when a text needs the encoder.
    mutating func row(_ task: TaskJSON, source: String) -> Bool {
      raw("  {\n")
      key("assigned_on", first: true)
      string(task.assignedOn)
      key("bucket")
      string(task.bucket)
      key("charged_unit")
      string(task.chargedUnit)
      key("co_leads")
      strings(task.coLeads)
      key("collective_lead")
      optional(task.collectiveLead)
      key("completed_on")
      optional(task.completedOn)
      key("deadline")
      deadline(task.deadline)
      key("deadline_unread")
      raw(task.deadlineUnread ? "true" : "false")
      key("departure")
      optional(task.departure)
      key("due")
      optional(task.due)
      key("due_counted")
      optional(task.dueCounted)
      key("expected_result")
      string(task.expectedResult)
      key("extensions")
      int(task.extensions)
      key("extensions_after_deadline")
      strings(task.extensionsAfterDeadline)
      key("head_person")
      optional(task.headPerson)
      key("head_person_code")
      optional(task.headPersonCode)
      key("head_role")
      string(task.headRole)
      key("id")
      string(task.id)
      key("lead_unit")
      string(task.leadUnit)
      key("lead_unit_head")
      optional(task.leadUnitHead)
      key("lead_unit_head_code")
      optional(task.leadUnitHeadCode)
      key("plan")
      optional(task.plan)
      key("reports")
      int(task.reports)
      key("role_unit")
      string(task.roleUnit)
      key("source")
      string(source)
      key("status")
      string(task.status)
      key("supporting_units")
      strings(task.supportingUnits)
      key("title")
      string(task.title)
      raw("\n  }")
      return plain
    }
  }
}
