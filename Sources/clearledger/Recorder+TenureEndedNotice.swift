import LedgerCore
import LedgerStore

extension Recorder {
  /// For an appointment that ends another head's tenure: whose, and their last day in office.
  ///
  /// `head appoint --replaces P` said only who was appointed (trial): the clerk who confirmed
  /// the replacement was not told that P's tenure now ends the day before, which decides who
  /// answers for every task due on either side of it. A second trial read "tasks due from DAY
  /// are P's" as taking from Q a task due later that Q completed in office: credit follows
  /// the work, and the notice says so.
  static func tenureEndedNotice(_ event: RecordedEvent, _ ledger: Ledger, _ language: Language)
    throws -> String?
  {
    if case .headVacated(let vacated) = event.event {
      return try vacatedNotice(vacated, event, ledger, language)
    }
    guard case .headAppointed(let appointed) = event.event,
      let unit = try ledger.units().first(where: { $0.code == appointed.unit })
    else { return nil }
    let ended = unit.tenures.filter {
      $0.until == event.effective && $0.appointedAt != event.position
    }
    guard !ended.isEmpty else { return nil }
    let said = ended.map { tenure in
      let who = tenure.personLabel
      return language.pick(
        vi:
          "Nhiệm kỳ của \(who), \(tenure.role), kết thúc: \(tenure.span(on: event.effective, language: language)). Nhiệm vụ đến hạn từ ngày \(event.effective.display) thuộc trách nhiệm của \(appointed.person), trừ việc đã hoàn thành trước ngày đó (ghi công cho \(tenure.person)).",
        en:
          "This ends the tenure of \(who) as \(tenure.role): \(tenure.span(on: event.effective, language: language)). Tasks due from \(event.effective.display) are \(appointed.person)'s to answer for, except work completed before that day (credited to \(tenure.person))."
      )
    }
    return said.joined(separator: "\n")
  }

  /// For a vacancy: the tenure it ends and its last day in office (trial: `head vacate --on
  /// 31/08` did not say that 30/08 was the last day).
  private static func vacatedNotice(
    _ vacated: HeadVacated, _ event: RecordedEvent, _ ledger: Ledger, _ language: Language
  ) throws -> String? {
    guard let unit = try ledger.units().first(where: { $0.code == vacated.unit }),
      let tenure = unit.tenures.last(where: { $0.until == event.effective })
    else { return nil }
    let who = tenure.personLabel
    return language.pick(
      vi:
        "Nhiệm kỳ của \(who), \(tenure.role), kết thúc: \(tenure.span(on: event.effective, language: language)). Nhiệm vụ đến hạn từ ngày \(event.effective.display) không tính cho người đứng đầu nào của \(vacated.unit.rawValue) cho đến lần bổ nhiệm sau.",
      en:
        "This ends the tenure of \(who) as \(tenure.role): \(tenure.span(on: event.effective, language: language)). Tasks due from \(event.effective.display) are charged to no head of \(vacated.unit.rawValue) until the next appointment."
    )
  }
}
