extension Evaluation {
  /// The bands that count as the unit's people having done their work: "Hoàn thành nhiệm vụ"
  /// or better.
  static let doneBands: Set<String> = ["excellent", "good", "completed"]

  /// Proposes each leader's unit results (d, Decree 335 Article 15) from the ratings of the
  /// people of the units they lead, where the ledger rates them.
  ///
  /// A leader directs the units whose tasks name the leader as the answerable head (the chair
  /// named on Phòng Kinh tế's tasks directs Phòng Kinh tế); those units' heads are the people
  /// whose ratings the ledger holds. When at least one of them is rated, d is proposed as 100
  /// when at least 70 % of those rated are rated "Hoàn thành nhiệm vụ" or better, 50 otherwise.
  /// When none is rated (or the leader directs no other unit), the proposal from the leader's
  /// own products stands. A proposal is shown, never used in place of the recorded judgement.
  /// Only the heads who served while the leader did count (trial: a chair who left on 30/06
  /// was proposed d from the ratings of heads appointed in August and September).
  static func proposeUnitResults(_ ratings: inout [Rating]) {
    let finished = ratings
    for index in ratings.indices {
      let leader = finished[index]
      let leading = leader.rows.filter { $0.capacity == .accountableHead }.map(\.tenure)
      let own = Set(leader.rows.map(\.tenure.unit))
      let directed = Set(
        leader.rows.filter { $0.capacity == .accountableHead }.flatMap { row in
          row.credits.map(\.view.lead)
        }
      ).subtracting(own)
      guard !directed.isEmpty else { continue }
      let rated = finished.filter { other in
        other.key != leader.key && other.band != nil
          && other.rows.contains { row in
            row.capacity == .leadUnitHead && directed.contains(row.tenure.unit)
              && leading.contains { Self.overlap($0, row.tenure) }
          }
      }
      guard !rated.isEmpty else { continue }
      let done = rated.filter { $0.band.map { doneBands.contains($0.code) } ?? false }.count
      ratings[index].proposed.unitResults = Double(done) >= 0.7 * Double(rated.count) ? 100 : 50
      ratings[index].proposed.unitPeople = rated.map { rated in
        rated.code.map { "\(rated.person) (\($0))" } ?? rated.person
      }
    }
  }

  /// Whether two tenures share a day (`until` is the first day after each).
  static func overlap(_ a: Tenure, _ b: Tenure) -> Bool {
    (b.until.map { a.from < $0 } ?? true) && (a.until.map { b.from < $0 } ?? true)
  }
}
