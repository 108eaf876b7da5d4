extension Decider {
  /// The person a `--by` or `--approved-by` names, as recorded.
  ///
  /// A person of the ledger is recorded under their registered name (with their code when
  /// another person shares the name), anyone else (an official outside the ledger) as typed. A name with the letters of a person of the
  /// ledger but other marks is refused with the closest names: it is a slip.
  ///
  /// A name two people of the ledger share is refused listing each code, as everywhere a
  /// person is named.
  ///
  /// A name mixing scripts (a Cyrillic "а" in "Trаn Thi Binh") or holding a bidi override is
  /// refused as a person's name is everywhere (trial: taken as an outside official's).
  func personNamed(_ typed: String, _ field: TextField) throws -> String {
    _ = try ScriptRules.singleScript(typed, field)
    let text = try TextRules.required(typed, field)
    let names = try reading.personNames()
    guard let known = try names.match(text) else {
      // The letters of a person of the ledger with other marks ("Đặng Quốc Viet"): a slip,
      // not an outside official; refused with the closest names.
      let folded = VietnameseText.searchKey(text)
      if names.contains(searchKey: folded) {
        throw LedgerError.unknownPerson(
          VietnameseText.clean(text), closest: names.closest(to: text))
      }
      return text
    }
    return names.count(sharingKeyOf: known.name) > 1 ? known.label : known.name
  }

  /// `personNamed` for an optional field: nil stays nil.
  func personNamed(optional typed: String?, _ field: TextField) throws -> String? {
    guard let text = try TextRules.optional(typed, field) else { return nil }
    return try personNamed(text, field)
  }
}
