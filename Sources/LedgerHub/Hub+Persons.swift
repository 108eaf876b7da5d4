import LedgerCore

extension Hub {
  /// The persons a source registered, in log order: who a staff code or a name means in that
  /// commune, as its own `head view PERSON` reads them.
  public func persons(of source: String) async throws -> [PersonRegistered] {
    try await events(of: source, types: [PersonRegistered.typeName]).compactMap {
      if case .personRegistered(let person) = $0.event { return person }
      return nil
    }
  }
}
