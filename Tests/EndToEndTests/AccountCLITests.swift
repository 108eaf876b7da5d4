import Foundation
import LedgerTestSupport
import Testing

/// `clearledger account add|role` through the real binary, the password given on standard
/// input.
@Suite("Web accounts opened from the command line")
struct AccountCLITests {
  /// Runs `clearledger ARGUMENTS` with `password` as the first line of standard input.
  func withPassword(_ cli: CLIRunner, _ password: String, _ arguments: String...) throws
    -> CLIRunner.Run
  {
    try cli.run(
      ["-c", "printf '%s\\n' \"$1\" | \"$0\" \"${@:2}\"", try CLIRunner.binary().path, password]
        + arguments, program: URL(fileURLWithPath: "/bin/bash"))
  }

  @Test(
    "A head's account for someone who does not head the unit that day is recorded with a note (trial)"
  )
  func headAccountNotHead() throws {
    let cli = try CLIRunner(now: "2026-09-01T09:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      ["head", "appoint", "VHXH", "Trần Thị Bình", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      [
        "head", "appoint", "VHXH", "Đặng Thu Hà", "--role", "Trưởng phòng", "--on", "01/08/2026",
        "--replaces", "Trần Thị Bình",
      ],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    // The head today: no note.
    let current = try withPassword(
      cli, "matkhau-dai", "account", "add", "ha.dt", "--person", "Đặng Thu Hà", "--role", "head",
      "--unit", "VHXH", "--password-stdin", "--lang", "en")
    #expect(current.status == 0, "\(current.error)")
    #expect(!current.output.contains("Note:"), "\(current.output)")
    // The head replaced on 01/08: recorded, with the note naming today's head.
    let former = try withPassword(
      cli, "matkhau-dai", "account", "add", "binh.tt", "--person", "Trần Thị Bình", "--role",
      "head", "--unit", "VHXH", "--password-stdin", "--lang", "en")
    #expect(former.status == 0, "\(former.error)")
    #expect(
      former.output.contains(
        "Note: on 01/09/2026 Trần Thị Bình does not head VHXH (its head: Đặng Thu Hà)."),
      "\(former.output)")
    // Made a head's account again later, in Vietnamese: the same note.
    #expect(try cli("account", "role", "binh.tt", "--role", "clerk").status == 0)
    let again = try cli(
      "account", "role", "binh.tt", "--role", "head", "--unit", "VHXH", "--lang", "vi")
    #expect(again.status == 0, "\(again.error)")
    #expect(
      again.output.contains("Lưu ý: ngày 01/09/2026 Trần Thị Bình không đứng đầu VHXH"),
      "\(again.output)")
    // Another role: no note.
    let clerk = try cli("account", "role", "binh.tt", "--role", "clerk", "--lang", "en")
    #expect(clerk.status == 0 && !clerk.output.contains("Note:"), "\(clerk.output)")
  }
}
