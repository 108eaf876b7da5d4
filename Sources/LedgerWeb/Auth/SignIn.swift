import LedgerCore
import LedgerStore

/// Checks a username and password against the ledger's accounts, slowing and limiting failures.
struct SignIn: Sendable {
  let ledger: Ledger
  let throttle: SignInThrottle
  let failedDelay: Duration

  /// The account, when the password matches an enabled account; otherwise throws
  /// `WebFailure.badCredentials` (after a delay that grows with the failures),
  /// `WebFailure.accountDisabled` (the right password for a disabled account, counted as a
  /// failure too) or `WebFailure.tooManyAttempts`.
  func check(username: String, password: String, address: String) async throws -> AccountState {
    let keys = ["account:" + username.lowercased(), "address:" + address]
    guard await !throttle.isLocked(keys) else { throw WebFailure.tooManyAttempts }
    var disabled = false
    if let name = AccountName(username.lowercased()),
      let (account, hash) = try ledger.credentials(name),
      Passwords.verify(password, hash: hash)
    {
      guard account.disabled else {
        await throttle.succeeded(keys[0])
        return account
      }
      disabled = true
    }
    let count = await throttle.failed(keys)
    if failedDelay > .zero {
      try await Task.sleep(for: failedDelay * min(count, 6))
    }
    // Only someone who knows the password learns that the account is disabled.
    throw disabled ? WebFailure.accountDisabled : WebFailure.badCredentials
  }
}
