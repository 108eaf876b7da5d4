extension UnitState {
  /// The unit a typed code or name means among `units`, ignoring case, normalisation and tone
  /// placement; nil when none does.
  ///
  /// A name typed without any diacritic ("Phong Van hoa - Xa hoi") means the one unit whose
  /// name it spells once marks are taken off, as a person's name does; when two units spell
  /// it alike, it means neither.
  public static func named(_ text: String, among units: [UnitState]) -> UnitState? {
    if let code = UnitCode(text), let unit = units.first(where: { $0.code == code }) {
      return unit
    }
    let key = VietnameseText.matchKey(text)
    if let unit = units.first(where: { VietnameseText.matchKey($0.name) == key }) { return unit }
    guard text.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
    let bare = VietnameseText.searchKey(text)
    let spelt = units.filter { VietnameseText.searchKey($0.name) == bare }
    return spelt.count == 1 ? spelt[0] : nil
  }
}
