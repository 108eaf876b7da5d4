import ArgumentParser
import LedgerCore

/// `clearledger task amend TASK [--title] [--role] [--role-unit] [--result] [--support]…
/// [--no-support] --reason TEXT [--decision NUMBER]`.
struct TaskAmend: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "amend",
    abstract: "Amend a task's wording in the plan: title, role, result, coordinating units.",
    discussion: """
      For the role a plan did not name, the coordinating units it left vague, a typo in a \
      title. Each option given replaces the wording in force; the old wording stays in the \
      history, and `check` judges the amended task.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions
  @Argument(help: "The task's id.") var task: String
  @Option(help: ArgumentHelp("The new task text.", valueName: "text")) var title: String?
  @Option(help: ArgumentHelp("The new accountable role.", valueName: "role")) var role: String?
  @Option(help: ArgumentHelp("The unit in which the role is held.", valueName: "unit"))
  var roleUnit: String?
  @Option(help: ArgumentHelp("The new expected result.", valueName: "text")) var result: String?
  @Option(
    help: ArgumentHelp(
      "A coordinating unit (repeat for each); replaces the old ones.", valueName: "unit"))
  var support: [String] = []
  @Flag(help: "No coordinating units.") var noSupport = false
  @Option(help: ArgumentHelp("Why the plan is amended.", valueName: "text")) var reason: String
  @Option(help: ArgumentHelp("The decision amending the plan.", valueName: "number"))
  var decision: String?

  func validate() throws {
    if noSupport && !support.isEmpty {
      throw ValidationError("--support and --no-support cannot be given together.")
    }
  }

  func run() throws {
    try CommandRunner.run(global) { environment in
      let amend = AmendTask(
        title: title, headRole: role, roleUnit: roleUnit, expectedResult: result,
        supportingUnits: noSupport ? [] : (support.isEmpty ? nil : support), reason: reason,
        decision: decision)
      try Recorder.record(.amendTask(try parseTaskID(task), amend), environment, record)
    }
  }
}
