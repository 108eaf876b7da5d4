import Foundation
import LedgerCore
import Testing

@testable import LedgerHub

/// What a hub address says, read as libpq reads it, and what messages show of it.
@Suite("Hub addresses")
struct HubAddressTests {
  @Test("A password never shows in a message, whether or not the rest of the address reads")
  func passwordHidden() {
    // A bad port: the URL does not read, and the password was shown (trial).
    #expect(
      HubAddress.withoutPassword("postgres://test:S3cretPW@127.0.0.1:abc/postgres")
        == "postgres://test:***@127.0.0.1:abc/postgres")
    #expect(
      HubAddress.withoutPassword("postgresql://a:p@ss:w@host:x/db?sslmode=disable")
        == "postgresql://a:***@host:x/db?sslmode=disable")
    #expect(
      HubAddress.withoutPassword("postgres://test:pw@h:5432/db") == "postgres://test:***@h:5432/db")
    #expect(HubAddress.withoutPassword("postgres://test@h:x/db") == "postgres://test@h:x/db")
    #expect(HubAddress.withoutPassword("no address at all") == "no address at all")
    #expect {
      try HubAddress(url: "postgres://test:S3cretPW@127.0.0.1:abc/postgres")
    } throws: { error in
      guard case .notAHubAddress(let shown) = error as? LedgerError else { return false }
      return !shown.contains("S3cretPW")
    }
  }

  @Test("sslmode is read as libpq reads it; a mode it does not have is refused")
  func sslModes() throws {
    for mode in ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"] {
      #expect(try HubAddress.tls(mode: mode) != nil, "\(mode)")
    }
    #expect(try HubAddress.tls(mode: "bogus") == nil)
    #expect(try HubAddress.tls(mode: "REQUIRE") == nil)
    #expect(throws: LedgerError.notAHubAddress("postgres://u@h/db?sslmode=bogus")) {
      try HubAddress(url: "postgres://u@h/db?sslmode=bogus")
    }
    _ = try HubAddress(url: "postgres://u@h/db?sslmode=verify-full")
  }

  @Test("The database is one name, not a path (trial: it was told to createdb a path)")
  func oneDatabase() throws {
    #expect(throws: LedgerError.notAHubAddress("postgres://u:***@h/postgres/extra")) {
      try HubAddress(url: "postgres://u:pw@h/postgres/extra")
    }
    #expect(try HubAddress(url: "postgres://u@h/hub").place == "h:5432/hub")
  }
}
