import ArgumentParser
import Foundation
import LedgerCore
import LedgerJSON
import LedgerStore
import LedgerWeb

/// `clearledger account add|role|disable|list`: the web's accounts, whose changes are events.
struct AccountCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "account",
    abstract: "Manage web accounts (opening, role changes and disabling are recorded events).",
    subcommands: [Add.self, Role.self, Disable.self, List.self])

  /// `account add USERNAME --person P --role R [--unit U] --password-stdin`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Open an account; the password is read from standard input (first line).",
      discussion: """
        Example: printf '%s\\n' "$PASSWORD" | clearledger account add binh.tt \
        --person "Trần Thị Bình" --role head --unit VHXH --password-stdin
        Roles: clerk, head (needs --unit), leader, inspector, admin.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var record: RecordOptions
    @Argument(help: "The sign-in name (lowercase letters, digits, . _ -).") var username: String
    @Option(help: ArgumentHelp("The person who signs in with it.", valueName: "name"))
    var person: String
    @Option(help: ArgumentHelp("clerk, head, leader, inspector or admin.", valueName: "role"))
    var role: AccountRole
    @Option(help: ArgumentHelp("For a head: the unit they lead.", valueName: "unit"))
    var unit: String?
    @Flag(help: "Read the password from standard input.") var passwordStdin = false

    func validate() throws {
      guard passwordStdin else {
        throw ValidationError("Give the password on standard input with --password-stdin.")
      }
    }

    func run() throws {
      let password = readLine(strippingNewline: true) ?? ""
      guard password.count >= Passwords.minimumLength else {
        throw ValidationError(
          "The password must have at least \(Passwords.minimumLength) characters; nothing was recorded."
        )
      }
      try CommandRunner.run(global) { environment in
        let ledger = try environment.openLedger()
        let event = try ledger.openAccount(
          .openAccount(username: username, person: person, role: role, unit: unit),
          passwordHash: Passwords.hash(password), actor: environment.actor,
          effective: try environment.date(record.on))
        try Recorder.report(event, ledger: ledger, environment)
      }
    }
  }

  /// `account role USERNAME --role R [--unit U]`.
  struct Role: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Change an account's role.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var record: RecordOptions
    @Argument(help: "The sign-in name.") var username: String
    @Option(help: ArgumentHelp("clerk, head, leader, inspector or admin.", valueName: "role"))
    var role: AccountRole
    @Option(help: ArgumentHelp("For a head: the unit they lead.", valueName: "unit"))
    var unit: String?

    func run() throws {
      try CommandRunner.run(global) { environment in
        try Recorder.record(
          .changeAccountRole(username: username, role: role, unit: unit), environment, record)
      }
    }
  }

  /// `account disable USERNAME [--reason R]`.
  struct Disable: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Disable an account: it can no longer sign in; what it recorded stays.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var record: RecordOptions
    @Argument(help: "The sign-in name.") var username: String
    @Option(help: ArgumentHelp("Why.", valueName: "text")) var reason: String?

    func run() throws {
      try CommandRunner.run(global) { environment in
        try Recorder.record(
          .disableAccount(username: username, reason: reason), environment, record)
      }
    }
  }

  /// `account list [--json]`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the accounts.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
      try CommandRunner.run(global) { environment in
        let accounts = try environment.readLedger().accounts()
        if environment.json {
          JSONOutput.print(accounts.map(AccountJSON.init))
          return
        }
        let language = environment.language
        for summary in accounts {
          let state = summary.state
          let unit = state.unit.map { " \($0)" } ?? ""
          let off = state.disabled ? language.pick(vi: " (đã khóa)", en: " (disabled)") : ""
          print("\(state.username)\t\(state.person)\t\(state.role.label(language))\(unit)\(off)")
        }
      }
    }
  }
}

extension AccountRole: ExpressibleByArgument {}
