import Foundation
import LedgerTestSupport
import Testing

/// A mistyped command is named as not a command, with the one probably meant.
@Suite("Unknown commands")
struct UnknownCommandCLITests {
  @Test("A slip of one or two letters suggests the command; a word far from all lists them")
  func suggestions() throws {
    var cli = try CLIRunner()
    cli.environment["CLEARLEDGER_LANG"] = "en"
    let root = try cli("stauts")
    #expect(root.status == 64)
    #expect(
      root.error.hasPrefix(
        "Error: 'stauts' is not a command of clearledger. Did you mean 'status'?"),
      "\(root.error)")
    #expect(root.error.contains("See 'clearledger --help' for more information."))
    let nested = try cli("task", "asign", "--lead", "VHXH")
    #expect(
      nested.error.hasPrefix(
        "Error: 'asign' is not a command of clearledger task. Did you mean 'assign'?"),
      "\(nested.error)")
    let far = try cli("xyzzy")
    #expect(far.error.contains("'xyzzy' is not a command of clearledger. The commands are: "))
    #expect(far.error.contains("status") && far.error.contains("import"))

    cli.environment["CLEARLEDGER_LANG"] = "vi"
    let vi = try cli("hed", "view")
    #expect(
      vi.error.hasPrefix("Lỗi: 'hed' không phải là lệnh của clearledger. Có phải ý bạn là 'head'?"),
      "\(vi.error)")
    let json = try cli("stauts", "--json")
    #expect(json.status == 64)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.error.utf8)) as? [String: [String: String]])
    #expect(object["error"]?["code"] == "usage")
    #expect(object["error"]?["message"]?.contains("Có phải ý bạn là 'status'?") == true)

    // After an option a word may be its value: the parser's own error stays.
    let option = try cli("task", "--lang", "en", "vi")
    #expect(!option.error.contains("is not a command"), "\(option.error)")
    // An extra word after a command that takes none is still the parser's "unexpected".
    let extra = try cli("check", "KH-1", "--lang", "en")
    #expect(extra.error.hasPrefix("Error: Unexpected argument 'KH-1'"), "\(extra.error)")
  }
}
