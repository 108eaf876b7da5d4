import ArgumentParser

/// The program's entry: a `hub` command's session is opened while its command line is read
/// (`EarlyHubSession`), then `ClearLedger` runs as `AsyncParsableCommand.main` runs it.
@main
enum Entry {
  static func main() async {
    EarlyHubSession.start(arguments: CommandLine.arguments)
    await ClearLedger.main(nil)
  }
}
