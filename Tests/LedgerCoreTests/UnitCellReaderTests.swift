import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Unit names: known names before any split")
struct UnitCellReaderTests {
  @Test("A name that holds “và” or a comma is one unit")
  func namesWithVa() {
    #expect(UnitNames.split("Bộ Thông tin và Truyền thông") == ["Bộ Thông tin và Truyền thông"])
    #expect(UnitNames.split("Sở Thông tin và Truyền thông") == ["Sở Thông tin và Truyền thông"])
    #expect(UnitNames.split("Văn phòng HĐND và UBND xã") == ["Văn phòng HĐND và UBND xã"])
    #expect(
      UnitNames.split("Bộ Văn hóa, Thể thao và Du lịch, Bộ Y tế") == [
        "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Y tế",
      ])
    #expect(
      UnitNames.split("Bộ Khoa học và Công nghệ và Bộ Tài chính") == [
        "Bộ Khoa học và Công nghệ", "Bộ Tài chính",
      ])
  }

  @Test("Two names glued by transcription are split by the dictionary, and flagged")
  func glued() {
    let reading = UnitCellReader.read("Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ")
    #expect(reading.names == ["Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"])
    #expect(reading.glued.count == 1)
    #expect(UnitCellReader.read("Bộ Công an, Bộ Quốc phòng").glued.isEmpty)
  }

  @Test("Generic phrases are no unit; the named bodies after them are kept")
  func generic() {
    let reading = UnitCellReader.read(
      "Các bộ, ngành liên quan, Quốc hội, Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao")
    #expect(
      reading.names == [
        "Quốc hội", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao",
      ])
    #expect(reading.generic == ["Các bộ, ngành liên quan"])
    #expect(UnitNames.split("Sở Y tế, ngành, địa phương") == ["Sở Y tế"])
    #expect(UnitNames.split("Các đơn vị liên quan").isEmpty)
  }

  @Test("Collective phrases are set apart with their exact text")
  func collective() {
    for text in ["Các bộ, ngành, địa phương", "UBND các xã, phường", "Các doanh nghiệp viễn thông"]
    {
      let reading = UnitCellReader.read(text)
      #expect(reading.names.isEmpty, "\(text)")
      #expect(reading.collective == [text], "\(text)")
    }
    let mixed = UnitCellReader.read("Bộ Công an và UBND các tỉnh, thành phố")
    #expect(mixed.names == ["Bộ Công an"])
    #expect(mixed.collective == ["UBND các tỉnh, thành phố"])
  }

  @Test("A known name inside an unknown one is not cut out of it")
  func knownInside() {
    #expect(UnitNames.split("Chi cục Thuế tỉnh") == ["Chi cục Thuế tỉnh"])
    #expect(UnitNames.split("Phòng Kinh tế xã, Công an xã") == ["Phòng Kinh tế", "Công an xã"])
  }

  @Test("The dictionary compiled into the binary is Schemas/unit-names.v1.json")
  func shippedEqualsFile() throws {
    let source = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent(
        "Sources/LedgerCore/Plans/ShippedUnitNames.swift"), encoding: .utf8)
    let start = try #require(source.range(of: "#\"\"\"\n"))
    let end = try #require(source.range(of: "\"\"\"#", options: .backwards))
    let literal = source[start.upperBound..<end.lowerBound].split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : String($0) }.joined(separator: "\n")
    let file = try String(contentsOf: Fixtures.schemaURL("unit-names.v1.json"), encoding: .utf8)
    #expect(
      literal.trimmingCharacters(in: .whitespacesAndNewlines)
        == file.trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(UnitDictionary.shipped.version == "vn-public-bodies.v1")
    #expect(UnitDictionary.shipped.names.count > 150)
  }
}
