import HummingbirdBcrypt

/// Password hashing for accounts: bcrypt, the hash kept outside the event log.
public enum Passwords {
  /// The cost of a stored hash (2^12 rounds; about a quarter second on an office PC).
  public static let defaultCost: UInt8 = 12

  /// The shortest password accepted.
  public static let minimumLength = 8

  /// The bcrypt hash of a password.
  public static func hash(_ password: String, cost: UInt8 = defaultCost) -> String {
    Bcrypt.hash(password, cost: cost)
  }

  /// Whether the password matches a stored hash.
  public static func verify(_ password: String, hash: String) -> Bool {
    Bcrypt.verify(password, hash: hash)
  }
}
