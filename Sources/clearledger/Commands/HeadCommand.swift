import ArgumentParser
import LedgerCore
import LedgerJSON
import LedgerStore

/// `clearledger head`: appoint heads of units and see what each person answers for.
struct HeadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "head",
    abstract: "Appoint heads of units and see the tasks each person answers for.",
    subcommands: [HeadAppoint.self, HeadVacate.self, HeadViewCommand.self])
}

/// `clearledger head appoint UNIT PERSON --role ROLE [--on DATE]`.
struct HeadAppoint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "appoint",
    abstract: "Record that a person heads a unit from a date, ending the previous head's tenure.",
    discussion: """
      The role is the title tasks name as accountable, e.g. "Chủ tịch UBND xã" or \
      "Trưởng phòng". A task due on a day answers to whoever held the role that day. Ending a \
      sitting head's tenure must be confirmed with --replaces naming them. The date may be \
      after today: an appointment decided ahead takes effect on its day. --acting records an \
      acting head (Quyền Trưởng phòng, Phó Chủ tịch phụ trách), who answers as the head.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions

  @Argument(help: "The unit, by code or name.")
  var unit: String

  @Argument(help: "The person: staff code, or full name (registered if new).")
  var person: String

  @Option(help: ArgumentHelp("The title held, e.g. \"Chủ tịch UBND xã\".", valueName: "role"))
  var role: String

  @Option(help: ArgumentHelp("A new person's staff code. Default: initials.", valueName: "code"))
  var code: String?

  @Option(
    help: ArgumentHelp(
      "The sitting head whose tenure this appointment ends; required when there is one.",
      valueName: "person"))
  var replaces: String?

  @Flag(help: "Accept a name or role whose letters come from several scripts.")
  var allowMixedScript = false

  @Flag(help: "An acting head (quyền), who answers as the head for that time.")
  var acting = false

  @Option(
    help: ArgumentHelp("The appointment decision, e.g. 120/QĐ-UBND.", valueName: "number"))
  var decision: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.openLedger()
      // With --code the person is that code's: registered already, or registered now as a
      // new person even when someone of the same name exists (a namesake).
      let known: Bool
      var named = person
      if let code {
        guard let parsed = PersonRegistered.code(code) else {
          throw LedgerError.invalidPersonCode(code)
        }
        known = try ledger.personNames().people.contains { $0.code == parsed }
        named = parsed
      } else {
        known = try ledger.personNames().match(person) != nil
      }
      let appoint = LedgerCommand.appointHead(
        unit: unit, person: named, role: role, replaces: replaces,
        allowMixedScript: allowMixedScript, acting: acting, decision: decision)
      guard !known else {
        try Recorder.record(appoint, environment, record)
        return
      }
      // A new person: registered and appointed in one transaction, and said so.
      if let expected = record.expectVersion {
        let decided = try ledger.decide(appoint, effective: try environment.date(record.on))
        guard decided.expectedVersion == expected else {
          throw LedgerError.concurrencyConflict(
            stream: decided.stream, expected: expected, actual: decided.expectedVersion)
        }
      }
      // The person is registered today when the appointment takes effect later: only an
      // appointment may be dated ahead.
      let day = try environment.date(record.on) ?? ledger.today()
      let events = try ledger.recordAll(
        [(.registerPerson(name: person, code: code), min(day, ledger.today())), (appoint, day)],
        actor: environment.actor)
      for event in events { try Recorder.report(event, ledger: ledger, environment) }
    }
  }
}

/// `clearledger head view [PERSON]`: per head and capacity, the tasks they answer for.
struct HeadViewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "view",
    abstract: "Show, per head of unit, the tasks they answer for and how each stands.",
    discussion: """
      A person answers for a task in two capacities: as the head named in the task (its role) \
      and as head of its lead unit. Each task goes to whoever held the role on its due day \
      (today for tasks without a deadline), so a mid-year hand-over splits the tasks.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var time: TimeOptions

  @Argument(help: "One person: staff code or name. Default: every head.")
  var person: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      let board = try time.board(ledger, environment)
      var views = board.headViews()
      if let person {
        let found = try ledger.headViews(of: person, on: board)
        let name = found.person.name
        views = found.views
        // `--json` answers with an empty list, as for every read; the sentence is for people.
        if views.isEmpty, !environment.json {
          TerminalText.print(
            NotAHeadText.sentence(
              name, day: board.day, knownAt: time.knownAt, language: environment.language))
          return
        }
      }
      if environment.json {
        JSONOutput.print(views.map(HeadViewJSON.init))
        return
      }
      if views.isEmpty {
        print(environment.language.pick(vi: "Chưa có người đứng đầu nào.", en: "No heads yet."))
        return
      }
      let render = BoardText(
        language: environment.language, day: board.day, knownAt: time.knownAtShown)
      TerminalText.print(
        ([render.knownAtLine].compactMap { $0 } + views.map(render.head)).joined(
          separator: "\n\n"))
    }
  }
}

/// A head's view in `--json` output.
struct HeadViewJSON: Encodable {
  var person: String
  /// The person's staff code, when the appointment recorded one.
  @ExplicitNull var personCode: String?
  var role: String
  /// True for an acting head, who answers as the head for that time.
  var acting: Bool
  var unit: String
  var capacity: String
  var from: String
  @ExplicitNull var until: String?
  var tasks: [String]
  var buckets: [String: Int]

  init(_ view: HeadView) {
    person = view.tenure.person
    personCode = view.tenure.code
    role = view.tenure.role
    acting = view.tenure.acting == true
    unit = view.tenure.unit.rawValue
    capacity = view.capacity.rawValue
    from = view.tenure.from.iso
    until = view.tenure.until?.iso
    tasks = view.tasks.map(\.task.id.rawValue)
    buckets = BucketCounts.json(view.tasks)
  }
}
