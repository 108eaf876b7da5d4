extension UnitState {
  /// The unit a typed code or name means among `units`, ignoring case, normalisation and tone
  /// placement; nil when none does.
  ///
  /// A name typed without any diacritic ("Phong Van hoa - Xa hoi") means the one unit whose
  /// name it spells once marks are taken off, as a person's name does; when two units spell
  /// it alike, it means neither. A name no unit bears now means the one unit that bore it
  /// before a rename ("Phòng Kinh tế" after it became "Phòng Kinh tế - Hạ tầng").
  public static func named(_ text: String, among units: [UnitState]) -> UnitState? {
    if let code = UnitCode(text), let unit = units.first(where: { $0.code == code }) {
      return unit
    }
    let key = VietnameseText.matchKey(text)
    if let unit = units.first(where: { VietnameseText.matchKey($0.name) == key }) { return unit }
    // Written as a plan writes it ("Văn phòng HĐND & UBND phường"): the name an import reads it
    // as (trial: the import matched it, `unit view` did not).
    let typed = Set(UnitDirectory.keys(UnitNames.canonical(text)))
    let written = units.filter {
      !typed.isDisjoint(with: UnitDirectory.keys(UnitNames.canonical($0.name)))
    }
    if written.count == 1 { return written[0] }
    let bare = text.unicodeScalars.allSatisfy(\.isASCII) ? VietnameseText.searchKey(text) : nil
    if let bare {
      let spelt = units.filter { VietnameseText.searchKey($0.name) == bare }
      if !spelt.isEmpty { return spelt.count == 1 ? spelt[0] : nil }
    }
    let renamed = units.filter { unit in
      (unit.formerNames ?? []).contains {
        VietnameseText.matchKey($0) == key || bare == VietnameseText.searchKey($0)
      }
    }
    return renamed.count == 1 ? renamed[0] : nil
  }
}
