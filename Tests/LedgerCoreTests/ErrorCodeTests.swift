import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Stable error codes")
struct ErrorCodeTests {
  /// One entry of `Schemas/error-codes.json`.
  struct Entry: Decodable, Equatable {
    var code: String
    var exit: Int32
  }

  /// The committed list.
  struct CodeList: Decodable {
    var codes: [Entry]
  }

  func committed() throws -> [Entry] {
    let data = try Data(contentsOf: Fixtures.schemaURL("error-codes.json"))
    return try JSONDecoder().decode(CodeList.self, from: data).codes
  }

  @Test("Every error code, with its exit status, is listed in Schemas/error-codes.json, in order")
  func everyCodeIsListed() throws {
    // Given the codes the binary can produce
    let produced = ErrorCode.allCases.map { Entry(code: $0.rawValue, exit: $0.category.rawValue) }
    // Then the committed list is exactly that: a new case needs a new entry, and no shipped
    // entry may change or disappear.
    #expect(try committed() == produced)
  }

  @Test("Codes are unique snake_case words")
  func codesAreWellFormed() {
    let codes = ErrorCode.allCases.map(\.rawValue)
    #expect(Set(codes).count == codes.count)
    for code in codes {
      #expect(code.allSatisfy { $0.isLowercase || $0 == "_" }, "\(code)")
      #expect(!code.contains("i_d"), "\(code)")
    }
  }

  @Test(
    "An error names its own code",
    arguments: [
      (LedgerError.invalidTaskID("x y"), "invalid_task_id"),
      (.taskIDCollision(TaskID("A")!, plan: "5/KH"), "task_id_collision"),
      (.unknownUnit("KT"), "unknown_unit"),
      (
        .concurrencyConflict(stream: .task(TaskID("A")!), expected: 1, actual: 2),
        "concurrency_conflict"
      ),
      (.diskFull(path: "x"), "disk_full"),
    ])
  func errorNamesItsCode(error: LedgerError, code: String) {
    #expect(error.code.rawValue == code)
  }
}

extension ErrorCodeTests {
  @Test("README's list of error codes names every code")
  func readmeListsEveryCode() throws {
    let readme = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    for code in ErrorCode.allCases {
      #expect(readme.contains("`\(code.rawValue)`"), "README does not list \(code.rawValue)")
    }
  }
}
