import LedgerCore

/// A refusal raised by one source's data in a question asked of the hub (a person's name two
/// of its people share, a name it does not know with its closest names): the commune's own
/// error, with the source it comes from, so that a message across communes says which.
public struct SourceError: Error, Sendable {
  /// The source whose data raised it.
  public var source: HubSource
  /// The commune's own error, as its ledger would raise it.
  public var error: LedgerError

  public init(source: HubSource, error: LedgerError) {
    self.source = source
    self.error = error
  }

  /// The commune's message, led by the source's id and name.
  public func message(_ language: Language) -> String {
    language.pick(
      vi: "Nguồn \(source.id) (\(source.name)): ", en: "Source \(source.id) (\(source.name)): ")
      + error.hubMessage(language)
  }

}
