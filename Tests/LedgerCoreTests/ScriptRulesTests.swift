import LedgerCore
import Testing

/// Names whose letters mix scripts are refused unless allowed; Vietnamese is one script.
@Suite("Script rules for names")
struct ScriptRulesTests {
  @Test(
    "Vietnamese names with marks, digits and punctuation are one script",
    arguments: [
      "Phòng Kinh tế", "Nguyễn Văn Đức", "Phòng Văn hóa - Xã hội", "Tổ 3 (khu phố Ươm)",
      "Chủ tịch UBND xã", "Trưởng Công an xã",
    ])
  func vietnamese(name: String) throws {
    #expect(ScriptRules.scripts(in: name) == [.latin])
    #expect(try ScriptRules.singleScript(name, .name) == name)
  }

  @Test("A Cyrillic or Greek look-alike inside a Vietnamese name is refused, with the scripts")
  func lookAlike() throws {
    let cyrillic = "Ph\u{043E}ng Kinh tế"  // Cyrillic о
    #expect(throws: LedgerError.mixedScript(.name, name: cyrillic, scripts: ["Cyrillic", "Latin"]))
    {
      try ScriptRules.singleScript(cyrillic, .name)
    }
    let greek = "Nguy\u{03B5}n Văn An"  // Greek ε
    #expect(throws: LedgerError.self) { try ScriptRules.singleScript(greek, .person) }
    let fullWidth = "Phòng Kinh t\u{FF45}"
    #expect(throws: LedgerError.self) { try ScriptRules.singleScript(fullWidth, .name) }
    #expect(try ScriptRules.singleScript(cyrillic, .name, allowMixed: true) == cyrillic)
  }

  @Test("A bidi override in a name is refused as a control character, even when mixing is allowed")
  func bidi() {
    #expect(throws: LedgerError.controlCharacter(.name, scalar: 0x202E)) {
      try ScriptRules.singleScript("Phòng \u{202E}ết ihnK", .name, allowMixed: true)
    }
  }

  @Test("The message names the scripts and the way out, in both languages")
  func message() {
    let error = LedgerError.mixedScript(.name, name: "Phоng", scripts: ["Cyrillic", "Latin"])
    #expect(error.message(.en).contains("Cyrillic, Latin"))
    #expect(error.message(.en).contains("--allow-mixed-script"))
    #expect(error.message(.vi).contains("--allow-mixed-script"))
  }
}
