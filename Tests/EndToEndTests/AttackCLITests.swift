import Foundation
import LedgerTestSupport
import Testing

/// Attacks through the binary: output to a full disk, a ledger with two names.
@Suite("Attacks through the binary")
struct AttackCLITests {
  @Test(
    "Output to a full disk is a clear error and a non-zero exit, never a crash or a silent empty file",
    arguments: [
      ["events", "export"], ["digest"], ["status", "--json"], ["yearly", "--year", "2026"],
      ["replay"], ["audit"], ["verify"],
    ])
  func fullDisk(arguments: [String]) throws {
    let cli = try BadInputTests.ledger()
    let run = try cli.run(arguments, standardOutput: "/dev/full")
    #expect(run.status == 4, "\(run.error)")
    #expect(run.error.contains("Could not write the output"), "\(run.error)")
    #expect(!run.error.contains("Fatal error"))
  }

  @Test("A ledger with a second name refuses every command clearly, and is left as it was")
  func hardLink() throws {
    let cli = try BadInputTests.ledger()
    let second = cli.folder.appendingPathComponent("second.sqlite").path
    #expect(link(cli.database, second) == 0)
    let before = cli.fileBytes()
    for arguments in [["unit", "add", "Phòng Kinh tế"], ["status"]] {
      let run = try cli.run(arguments + ["--db", second])
      #expect(run.status == 4, "\(run.error)")
      #expect(run.error.contains("has 2 names (hard links)"), "\(run.error)")
    }
    #expect(cli.fileBytes() == before)
  }

  @Test("An empty file left by an interrupted init is named, and init makes it a ledger")
  func emptyFile() throws {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    #expect(FileManager.default.createFile(atPath: cli.database, contents: Data()))
    let status = try cli("status")
    #expect(status.status == 4)
    #expect(status.error.contains("is empty (0 bytes)"), "\(status.error)")
    #expect(try cli("init").status == 0)
    #expect(try cli("unit", "add", "Phòng Kinh tế").status == 0)
  }
}
