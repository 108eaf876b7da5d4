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
    actor.hasSuffix(")") && actor.contains(" (web: ")
  }
}
