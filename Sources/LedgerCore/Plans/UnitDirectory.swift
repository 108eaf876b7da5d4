/// The unit names an import knows before it splits any cell: the standard public bodies of
/// `Schemas/unit-names.v1.json` (ministries, provincial departments, the offices every commune
/// has), the ledger's registered units, the units the plan names in its body, and a user's
/// mapping of names as the plan spells them to unit codes.
public struct UnitDirectory: Sendable {
  /// A known name: as it should be recorded, and the code it stands for when one is known.
  public struct Entry: Hashable, Sendable {
    public var name: String
    public var code: UnitCode?
  }

  /// Offices of every commune's government since the 2025 reorganisation, known even before
  /// they are registered so that their names, which hold "và" or commas, are never split.
  public static let communeOffices = [
    "Văn phòng HĐND và UBND xã", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
    "Văn phòng Đảng ủy xã", "Ủy ban MTTQ Việt Nam xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
    "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Trung tâm Phục vụ hành chính công xã", "Trung tâm Dịch vụ sự nghiệp công xã", "Công an xã",
    "Ban Chỉ huy Quân sự xã", "Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã", "Hội Cựu chiến binh xã",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Trạm Y tế xã",
  ]

  private var entries: [String: Entry] = [:]
  /// The names by their letters without marks, for a name typed without any diacritic; a key
  /// two different names share finds neither.
  private var bare: [String: Entry] = [:]
  private var bareShared: Set<String> = []
  /// The ledger's units by their letters without marks: a name the ledger would refuse as the
  /// same name as one of them (`unit_name_taken`) is that unit.
  private var registeredBare: [String: Entry] = [:]
  private var registeredShared: Set<String> = []
  /// The most words a known name has: no longer run of words needs looking up.
  public private(set) var longestName = 1

  /// A directory of the standard public bodies and the commune offices.
  public init() {
    for name in UnitDictionary.shipped.names + Self.communeOffices { add(name, code: nil) }
  }

  /// The standard directory, built once.
  public static let standard = UnitDirectory()

  /// Adds a name, with its unit's code when known; a name added with a code keeps it.
  public mutating func add(_ name: String, code: UnitCode?) {
    let clean = UnitNames.canonical(name)
    longestName = max(longestName, VietnameseText.matchKey(clean).split(separator: " ").count + 1)
    for key in Self.keys(clean) {
      if let existing = entries[key], existing.code != nil, code == nil { continue }
      entries[key] = Entry(name: clean, code: code)
    }
    let own = VietnameseText.matchKey(clean)
    if code != nil {
      for key in Self.bareKeys(clean) {
        if let existing = registeredBare[key], existing.code != code {
          registeredShared.insert(key)
        } else {
          registeredBare[key] = Entry(name: clean, code: code)
        }
      }
    }
    for key in Self.bareKeys(clean) {
      guard let existing = bare[key] else {
        bare[key] = Entry(name: clean, code: code)
        continue
      }
      if VietnameseText.matchKey(existing.name) != own {
        bareShared.insert(key)
      } else if code != nil {
        bare[key] = Entry(name: clean, code: code)
      }
    }
  }

  /// The entry for a name, matched up to tone placement, case, and a trailing "xã"; a name
  /// typed without any diacritic matches the one known name with its letters.
  public func find(_ name: String) -> Entry? {
    let clean = UnitNames.canonical(name)
    var known: Entry?
    for key in Self.keys(clean) where known == nil {
      known = entries[key]
    }
    if let known, known.code != nil { return known }
    // A unit the ledger holds under the same letters without marks ("Phong Kinh te" registered,
    // "Phòng Kinh tế" in the plan): the ledger would refuse the name as that unit's (trial).
    for key in Self.bareKeys(clean) where !registeredShared.contains(key) {
      if let entry = registeredBare[key] { return entry }
    }
    if let known { return known }
    // Typed without any mark ("Phong Van hoa - Xa hoi"): the one name it spells.
    guard clean.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
    for key in Self.bareKeys(clean) where !bareShared.contains(key) {
      if let entry = bare[key] { return entry }
    }
    return nil
  }

  /// The keys a name is known under when typed without marks: its letters without marks, and
  /// the same without a trailing "xa".
  static func bareKeys(_ name: String) -> [String] {
    let key = VietnameseText.searchKey(name)
    return key.hasSuffix(" xa") ? [key, String(key.dropLast(3))] : [key]
  }

  /// The keys a name is known under: its match key, and the same without a trailing "xã";
  /// each also without the word "và", which plans write where others write a dash ("Phòng Văn
  /// hoá và Xã hội" is "Phòng Văn hóa - Xã hội"; trial: the import made it a second unit).
  static func keys(_ name: String) -> [String] {
    let key = VietnameseText.matchKey(name)
    let suffix = " " + VietnameseText.matchKey("xã")
    let keys = key.hasSuffix(suffix) ? [key, String(key.dropLast(suffix.count))] : [key]
    let and = Substring(VietnameseText.matchKey("và"))
    let joined = keys.map { key in
      key.split(separator: " ").filter { $0 != and }.joined(separator: " ")
    }
    return keys + joined.filter { !keys.contains($0) }
  }
}
