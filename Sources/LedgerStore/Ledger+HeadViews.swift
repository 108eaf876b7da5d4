import LedgerCore

extension Ledger {
  /// One person's views on a board, as `head view PERSON` shows them: the person a staff code
  /// or name names, and the views of every tenure that person held, in every capacity.
  public func headViews(of typed: String, on board: AccountabilityBoard) throws -> (
    person: KnownPerson, views: [HeadView]
  ) {
    let known = try personNames().person(typed)
    let identity = try personIdentity()
    let key = identity.key(known)
    return (known, board.headViews().filter { identity.key($0.tenure) == key })
  }
}
