import LedgerCore

/// Explanations (giải trình) asked of a task and given, in words, for `head view`, `yearly` and
/// `evaluate --explain`.
public struct ExplanationText {
  public let language: Language
  /// The day judged: a request not answered by then is late once its day has passed.
  public let day: LocalDate

  public init(language: Language, day: LocalDate) {
    self.language = language
    self.day = day
  }

  /// One sentence per request made of the view's lead unit: who asked, by when, and the
  /// answer with its lateness.
  public func sentences(_ view: TaskView) -> [String] {
    let l = language
    let asked = view.task.record.explanations.filter {
      $0.requestedOn <= day && $0.unit == view.lead
    }
    return asked.map { item in
      var text = l.pick(
        vi:
          "Yêu cầu giải trình ngày \(item.requestedOn.display) (\(item.requestedBy)), hạn \(item.due.display)",
        en:
          "Explanation asked on \(item.requestedOn.display) (\(item.requestedBy)), due \(item.due.display)"
      )
      if let reason = item.reason {
        text += l.pick(vi: ", lý do: \(reason)", en: ", reason: \(reason)")
      }
      if let answered = item.answeredOn, answered <= day {
        let late = answered.dayNumber - item.due.dayNumber
        let when =
          late > 0
          ? l.pick(vi: "muộn \(late) ngày", en: "\(late) day(s) late")
          : l.pick(vi: "đúng hạn", en: "on time")
        let doc = item.document.map { " (\($0))" } ?? ""
        text += l.pick(
          vi:
            "; đã giải trình ngày \(answered.display), \(when) (\(item.answeredBy ?? "")): \(item.text ?? "")\(doc)",
          en:
            "; explained on \(answered.display), \(when) (\(item.answeredBy ?? "")): \(item.text ?? "")\(doc)"
        )
      } else if day > item.due {
        text += l.pick(
          vi: "; CHƯA GIẢI TRÌNH, quá hạn \(day.dayNumber - item.due.dayNumber) ngày",
          en: "; NOT EXPLAINED, \(day.dayNumber - item.due.dayNumber) day(s) past due")
      } else {
        text += l.pick(vi: "; chưa giải trình", en: "; not yet explained")
      }
      return text
    }
  }
}
