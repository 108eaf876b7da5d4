import Foundation
import LedgerTestSupport
import Testing

@testable import LedgerHub

@Suite("The hub's schema is the SQL files in Schemas/hub")
struct HubSchemaTests {
  @Test("The code applies exactly the migrations Schemas/hub/hub.vN.sql, in order")
  func migrationsAreTheFiles() throws {
    let folder = Fixtures.schemaURL("hub")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".sql") }
      .sorted {
        $0.filter(\.isNumber).count < $1.filter(\.isNumber).count
          || ($0.filter(\.isNumber).count == $1.filter(\.isNumber).count && $0 < $1)
      }
    #expect(files == HubSchema.migrations.map { "hub.v\($0.version).sql" })
    for migration in HubSchema.migrations {
      let text = try String(
        contentsOf: folder.appendingPathComponent("hub.v\(migration.version).sql"),
        encoding: .utf8)
      #expect(text == migration.sql, "migration \(migration.version) differs from its file")
    }
    #expect(HubSchema.migrations.map(\.version) == Array(1...HubSchema.latest))
  }

  @Test("A migration splits into its statements, function bodies kept whole")
  func statements() {
    let statements = HubSchema.statements(HubSchema.v1)
    #expect(statements.count == 15)
    #expect(statements.allSatisfy { $0.hasSuffix(";") })
    #expect(statements.joined(separator: "\n") + "\n" == HubSchema.v1)
    let function = statements.first { $0.contains("FUNCTION hub_check_chain") }
    #expect(function?.contains("RETURN NULL;") == true)
    #expect(function?.hasSuffix("$$;") == true)
  }

  @Test(
    "Source ids are short lower-case names, as the schema's CHECK says",
    arguments: [
      ("xa-chi-minh", true), ("phuong-1", true), ("9a", true), ("Xa-Chi-Minh", false),
      ("-xa", false), ("", false), ("xã", false), ("a b", false),
      (String(repeating: "a", count: 63), true), (String(repeating: "a", count: 64), false),
    ])
  func sourceIDs(id: String, valid: Bool) {
    #expect(HubSource.isValidID(id) == valid)
  }
}

@Suite("Source ids as typed")
struct TypedSourceIDTests {
  @Test(
    "An id typed in capitals reads as the lower-case id; what is no id in any case stays as typed",
    arguments: [
      ("XA-CHI-MINH", "xa-chi-minh"), ("Xa-1", "xa-1"), ("xa-1", "xa-1"), ("XA_1", "XA_1"),
      ("Xã An Bình", "Xã An Bình"), ("-XA", "-XA"), ("", ""),
    ])
  func typed(text: String, id: String) {
    #expect(HubSource.typedID(text) == id)
  }
}
