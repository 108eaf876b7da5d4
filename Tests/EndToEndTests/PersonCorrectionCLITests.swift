import Foundation
import LedgerTestSupport
import Testing

/// Correcting a person's registration (trial: accepted, and it changed nothing anywhere).
@Suite("A person's registration is not retracted")
struct PersonCorrectionCLITests {
  @Test(
    "`correct` of a person's registration is refused, saying what to do, and nothing is written")
  func refused() throws {
    let cli = try CLIRunner(now: "2026-03-01T08:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
      ["head", "appoint", "KT", "Lê Văn Hùng", "--role", "Trưởng phòng", "--on", "01/01/2026"],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    // #2 registered the person (the appointment of a new person registers them first).
    let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
    let json = try cli("correct", "2", "--reason", "nhầm đăng ký người", "--json")
    #expect(json.status == 1)
    #expect(json.error.contains("\"person_not_retractable\""), "\(json.error)")
    let text = try cli("correct", "2", "--reason", "nhầm đăng ký người", "--lang", "en")
    #expect(
      text.error.contains("Cannot retract the registration of Lê Văn Hùng (#2)"), "\(text.error)")
    #expect(text.error.contains("clearledger person add"), "\(text.error)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == before)
  }

  @Test(
    "`correct` of a key, an account or a policy is refused, naming the command that changes it (trial)"
  )
  func recordsNotRetractable() throws {
    let cli = try CLIRunner(now: "2026-03-01T08:00:00+07:00")
    for step in [
      ["init"], ["person", "add", "Trần Thị Bình", "--code", "TTB"],
      ["key", "new", "--person", "Trần Thị Bình", "--out", "binh.key"],
      ["policy", "require-signatures", "--key", "binh.key"],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let opened = try cli.run(
      [
        "-c", "printf '%s\\n' matkhau-dai-du | \"$0\" \"${@:1}\"", try CLIRunner.binary().path,
        "account", "add", "binh.tt", "--person", "Trần Thị Bình", "--role", "clerk",
        "--password-stdin", "--key", "binh.key",
      ], program: URL(fileURLWithPath: "/bin/bash"))
    #expect(opened.status == 0, "\(opened.error)")
    let events = try cli("events", "export")
    let types = events.output.split(separator: "\n").compactMap { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["type"]
        as? String
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
    for (type, command) in [
      ("key.registered", "key revoke"), ("policy.adopted", "clearledger policy"),
      ("account.opened", "account disable"),
    ] {
      let position = try #require(types.firstIndex(of: type)) + 1
      let run = try cli(
        "correct", "\(position)", "--reason", "nhầm", "--key", "binh.key", "--lang", "en", "--json")
      #expect(run.status == 1, "\(type): \(run.output)")
      #expect(run.error.contains("record_not_retractable"), "\(type): \(run.error)")
      #expect(run.error.contains(command), "\(type): \(run.error)")
      #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == before)
    }
  }
}
