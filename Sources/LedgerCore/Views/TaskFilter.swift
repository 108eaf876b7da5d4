/// What `status` narrows its lines to: a bucket, a window of deadlines, a plan, a person, words.
///
/// Every condition given must hold; none given lets every line through. Each word typed must
/// begin a word of the title or the expected result, in any order, with tone placement and
/// case folded, and, when typed without marks, without marks and with đ read as d ("chuyen
/// doi so" finds "chuyển đổi số", "so hoa ho tich" finds "Số hóa sổ hộ tịch").
public struct TaskFilter: Sendable {
  public var bucket: Bucket?
  /// Only lines whose deadline that counts is on or before this day.
  public var dueBefore: LocalDate?
  /// Only lines whose deadline that counts is on or after this day.
  public var dueAfter: LocalDate?
  /// The plan as typed (its number, "49/KH-UBND").
  public var plan: String?
  /// A person as typed: the line's accountable head or lead unit head, or who did recorded work.
  public var person: String?
  /// Who is recorded doing work on each task (`--by` of start, report, completion…).
  public var performers: [TaskID: Set<String>]
  public var text: String?

  public init(
    bucket: Bucket? = nil, dueBefore: LocalDate? = nil, dueAfter: LocalDate? = nil,
    plan: String? = nil, person: String? = nil, performers: [TaskID: Set<String>] = [:],
    text: String? = nil
  ) {
    self.bucket = bucket
    self.dueBefore = dueBefore
    self.dueAfter = dueAfter
    self.plan = plan
    self.person = person
    self.performers = performers
    self.text = text
  }

  /// True when the line passes every condition given.
  public func includes(_ view: TaskView) -> Bool {
    if let bucket, view.bucket != bucket { return false }
    if dueBefore != nil || dueAfter != nil {
      guard let due = view.charge.due else { return false }
      if let dueBefore, due > dueBefore { return false }
      if let dueAfter, due < dueAfter { return false }
    }
    if let plan {
      guard let own = view.task.plan, Self.samePlan(plan, own) else { return false }
    }
    if let person {
      // Who did the work is on the task's current line: a charge an earlier lead kept is its
      // own heads' (trial: a later performer was shown another unit's missed deadline).
      let names =
        [view.headPerson, view.leadUnitHead].compactMap { $0 }
        + (view.isCurrent ? performers[view.task.id].map(Array.init) ?? [] : [])
      // A staff code names the head as well as the name does, as `head view` reads it (trial:
      // `--person PVD` matched no line).
      let codes = [view.headCode, view.leadUnitHeadCode].compactMap { $0 }
      guard
        names.contains(where: { VietnameseText.lookupMatches(person, $0) })
          || codes.contains(where: { $0.uppercased() == person.uppercased() })
      else {
        return false
      }
    }
    if let text, !Self.matches(text, in: [view.task.title, view.task.expectedResult]) {
      return false
    }
    return true
  }

  /// True when two plan numbers name the same plan, up to case, spaces and "Số:".
  static func samePlan(_ typed: String, _ stored: String) -> Bool {
    func key(_ text: String) -> String {
      var folded = VietnameseText.searchKey(text).replacingOccurrences(of: " ", with: "")
      if folded.hasPrefix("so:") { folded.removeFirst(3) }
      return folded
    }
    return key(typed) == key(stored)
  }

  /// True when every word typed begins a word of the texts, in any order, as `TaskFilter`
  /// explains.
  public static func matches(_ typed: String, in texts: [String]) -> Bool {
    let withoutMarks = typed.unicodeScalars.allSatisfy(\.isASCII)
    func key(_ text: String) -> String {
      withoutMarks ? wordsWithoutMarks(text) : VietnameseText.matchKey(text)
    }
    let wanted = key(typed).split(separator: " ")
    guard !wanted.isEmpty else { return true }
    // Each word typed begins a word of the texts, in any order (trial: "so hoa ho tich" found
    // nothing in "Số hóa sổ hộ tịch", read as one phrase).
    let words = texts.flatMap { key($0).split(separator: " ") }
    return wanted.allSatisfy { typed in words.contains { $0.hasPrefix(typed) } }
  }

  /// Text without marks (đ read as d), lower-cased, punctuation read as space.
  static func wordsWithoutMarks(_ text: String) -> String {
    VietnameseText.searchKey(text)
      .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .joined(separator: " ")
  }
}
