import ArgumentParser
import LedgerCore
import LedgerStore

/// `clearledger person`: register the people the ledger names, each under a staff code.
struct PersonCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "person",
    abstract: "Register people under staff codes, so two people of one name are told apart.",
    subcommands: [PersonAdd.self, PersonList.self])
}

/// `clearledger person add NAME [--code STAFF_CODE]`.
struct PersonAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Register a person.",
    discussion: """
      Without --code the code is made from the initials ("Nguyễn Văn Hùng" → NVH). A second \
      person of a registered name needs their own --code; commands then take the code.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions

  @Argument(help: "The person's full name, with diacritics.")
  var name: String

  @Option(help: ArgumentHelp("The staff code, e.g. NVH-02.", valueName: "staff-code"))
  var code: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(.registerPerson(name: name, code: code), environment, record)
    }
  }
}

/// `clearledger person list`: every person commands can name, with codes.
struct PersonList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the people commands can name, with their codes.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try CommandRunner.run(global) { environment in
      let people = try environment.readLedger().personNames().people
      if environment.json {
        JSONOutput.print(people.map { ["name": $0.name, "code": $0.code ?? ""] })
        return
      }
      for person in people {
        print("\(person.code ?? "-")\t\(person.name)")
      }
    }
  }
}
