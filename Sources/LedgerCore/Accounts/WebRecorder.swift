/// How an event recorded through the web names its recorder.
///
/// The signed-in account's person, marked as recorded via the web with the account's name,
/// such as `Nguyễn Văn An (web: an.nv)`. No free-text actor is taken from a web user.
public enum WebRecorder {
  /// The actor written on an event that `account` records through the web.
  public static func actor(for account: AccountState) -> String {
    "\(account.person) (web: \(account.username))"
  }

  /// Whether an event's actor says it was recorded through the web.
  public static func isWeb(_ actor: String) -> Bool {
    parse(actor) != nil
  }

  /// The person and the account's username an actor written by `actor(for:)` names; nil for
  /// any other actor.
  public static func parse(_ actor: String) -> (person: String, username: String)? {
    guard actor.hasSuffix(")"), let marker = actor.range(of: " (web: ", options: .backwards)
    else { return nil }
    let person = String(actor[..<marker.lowerBound])
    let username = String(actor[marker.upperBound..<actor.index(before: actor.endIndex)])
    guard !person.isEmpty, !username.isEmpty else { return nil }
    return (person, username)
  }
}
