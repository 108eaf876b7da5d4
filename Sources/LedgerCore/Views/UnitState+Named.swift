extension UnitState {
  /// The unit a typed code or name means among `units`, ignoring case, normalisation and tone
  /// placement; nil when none does.
  public static func named(_ text: String, among units: [UnitState]) -> UnitState? {
    if let code = UnitCode(text), let unit = units.first(where: { $0.code == code }) {
      return unit
    }
    let key = VietnameseText.matchKey(text)
    return units.first { VietnameseText.matchKey($0.name) == key }
  }
}
