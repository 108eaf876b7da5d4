import ArgumentParser
import LedgerCore
import LedgerStore

/// `clearledger digest`: the position and hash to keep outside the ledger.
struct DigestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "digest",
    abstract: "Print the last position and hash (POS:HASH), for an auditor to keep elsewhere.",
    discussion: """
      Later, `clearledger verify --digest POS:HASH` proves the ledger still holds that event \
      unchanged and extends it; it fails if events were removed from the end or anything up \
      to that point was rewritten.
      """)

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try CommandRunner.run(global) { environment in
      let digest = try environment.readLedger().digest()
      if environment.json {
        JSONOutput.print([
          "position": "\(digest.position)", "hash": digest.hash, "digest": digest.description,
        ])
      } else {
        print(digest)
      }
    }
  }
}
