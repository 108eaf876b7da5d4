import Foundation

/// The standard Vietnamese public bodies a plan may name (`Schemas/unit-names.v1.json`):
/// ministries and ministry-level agencies, provincial departments, commune offices since 2025,
/// and the phrases that name a group of bodies or no one.
public struct UnitDictionary: Decodable, Sendable {
  /// The dictionary's version, such as `vn-public-bodies.v1`.
  public var version: String
  /// Central bodies: the National Assembly's organs, ministries, ministry-level agencies.
  public var central: [String]
  /// Provincial bodies: the provincial committee's departments ("Sở …") and offices.
  public var provincial: [String]
  /// Commune and ward offices after the 2025 reorganisation.
  public var commune: [String]
  /// How a phrase that names a group of bodies opens ("các bộ", "các doanh nghiệp").
  public var collectiveOpenings: [String]
  /// What a phrase that names a group of bodies holds inside ("ubnd các").
  public var collectiveInner: [String]
  /// Phrases that name no one ("liên quan", "địa phương", "ngành").
  public var generic: [String]

  enum CodingKeys: String, CodingKey {
    case version, central, provincial, commune, generic
    case collectiveOpenings = "collective_openings"
    case collectiveInner = "collective_inner"
  }

  /// Every body's name, central first.
  public var names: [String] { central + provincial + commune }

  /// The dictionary compiled into the binary.
  public static let shipped: UnitDictionary = {
    do {
      return try JSONDecoder().decode(UnitDictionary.self, from: Data(ShippedUnitNames.json.utf8))
    } catch {
      preconditionFailure("the shipped unit dictionary does not decode: \(error)")
    }
  }()

  /// True when a phrase names a group of bodies rather than one.
  ///
  /// "Các bộ, ngành, địa phương", "UBND các xã, phường", "Các doanh nghiệp viễn thông". A level
  /// of government rather than a body ("UBND cấp huyện", "các cấp") is collective too: a rule
  /// of the reader, not an entry of the shipped dictionary.
  public func isCollective(_ phrase: String) -> Bool {
    let key = VietnameseText.searchKey(phrase)
    let levels = ["cap tinh", "cap huyen", "cap xa", "cap co so", "cac cap", "cap tren"]
    if levels.contains(where: { UnitNames.wordRange(of: " " + $0, in: " " + key) != nil }) {
      return true
    }
    return collectiveOpenings.contains {
      key.hasPrefix(VietnameseText.searchKey($0) + " ") || key == VietnameseText.searchKey($0)
    }
      || collectiveInner.contains { key.contains(VietnameseText.searchKey($0) + " ") }
  }

  /// True when a phrase names no one: "các bộ, ngành liên quan", "địa phương", "ngành",
  /// or a list made only of such words.
  public func isGeneric(_ phrase: String) -> Bool {
    let key = VietnameseText.searchKey(phrase).trimmingCharacters(in: .punctuationCharacters)
    if key.isEmpty || key.hasSuffix("lien quan") { return true }
    let words = Set(generic.map(VietnameseText.searchKey))
    let parts = key.components(separatedBy: CharacterSet(charactersIn: ",/"))
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    return !parts.isEmpty
      && parts.allSatisfy { part in
        words.contains(part) || words.contains(part.replacingOccurrences(of: "va ", with: ""))
      }
  }
}
