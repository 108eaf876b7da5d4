import Foundation
import LedgerTestSupport
import Testing

/// Words about files a trial found misleading: a key file whose two keys do not match was told
/// to check its path, and a proof path naming no file was called a damaged proof.
@Suite("Key and proof files named for what is wrong with them")
struct ProofAndKeyWordsCLITests {
  @Test("A mismatched key file is not a path to check; a missing proof is no file")
  func words() throws {
    let cli = try CLIRunner(now: "2026-07-10T09:00:00+07:00")
    for step in [
      ["init"], ["person", "add", "Trần Văn Hải", "--code", "TVH"],
      ["person", "add", "Lê Văn Cường", "--code", "LVC"],
      ["key", "new", "--person", "Trần Văn Hải", "--out", "a.key"],
      ["key", "new", "--person", "Lê Văn Cường", "--out", "b.key"],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    // a.key with b.key's public key: readable, not usable.
    let a = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: cli.folder.appendingPathComponent("a.key"))) as? [String: Any])
    let b = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: cli.folder.appendingPathComponent("b.key"))) as? [String: Any])
    var mixed = a
    mixed["public_key"] = b["public_key"]
    try JSONSerialization.data(withJSONObject: mixed).write(
      to: cli.folder.appendingPathComponent("mixed.key"))
    let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
    let refused = try cli("unit", "add", "Công an xã", "--key", "mixed.key", "--lang", "en")
    #expect(refused.status == 1)
    #expect(refused.error.contains("mixed.key is not a usable key"), "\(refused.error)")
    #expect(!refused.error.contains("Check the path"), "\(refused.error)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == before)
    let missingKey = try cli("unit", "add", "Công an xã", "--key", "none.key", "--lang", "en")
    #expect(missingKey.error.contains("cannot be read. Check the path"), "\(missingKey.error)")
    let missingProof = try cli(
      "verify-proof", "none.json", "--checkpoint", "none.txt", "--lang", "en")
    #expect(missingProof.status == 1, "\(missingProof.error)")
    #expect(missingProof.error.contains("There is no file none.txt"), "\(missingProof.error)")
  }
}
