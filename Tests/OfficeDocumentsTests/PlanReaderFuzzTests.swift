import Foundation
import LedgerCore
import LedgerStore
import LedgerTestSupport
import PlanDocuments
import Testing

@testable import OfficeDocuments

/// Every plan of the corpus, mangled in seeded ways — flipped bytes, cut files, broken XML in a
/// part, a huge cell, garbage in cells — is read or refused with a message: never a crash, and
/// never a half-import (the ledger holds all of an import or none of it).
@Suite("Plan reader fuzz: mangled plans are read or refused, never half-imported")
struct PlanReaderFuzzTests {
  static let seed: UInt64 = 0x5EED_0013

  /// The corpus files and their bytes.
  static func corpus() throws -> [(String, Data)] {
    try PlanCorpusTests.plans.map { name in
      (name, try Data(contentsOf: PlanCorpusTests.folder.appendingPathComponent(name)))
    }
  }

  /// One mangling of a file's bytes.
  static func mangle(_ data: Data, _ random: inout SplitMix64) throws -> Data {
    var bytes = [UInt8](data)
    switch random.next() % 5 {
    case 0:  // flip a few bytes anywhere
      for _ in 0..<(1 + Int(random.next() % 8)) where !bytes.isEmpty {
        bytes[Int(random.next() % UInt64(bytes.count))] ^= UInt8(1 + random.next() % 255)
      }
      return Data(bytes)
    case 1:  // cut the file short
      return Data(bytes.prefix(Int(random.next() % UInt64(max(bytes.count, 1)))))
    case 2:  // break the XML of one part of a zip, or the quoting of a text file
      return try rewriteParts(data) { text in
        let cut = text.index(text.startIndex, offsetBy: text.count / 2)
        return String(text[..<cut]) + "<unclosed attr=\"" + String(text[cut...])
      } ?? Data((String(decoding: data, as: UTF8.self) + "\"\n\"").utf8)
    case 3:  // a huge cell
      let huge = String(repeating: "Phòng Kinh tế ", count: 20_000)
      return try rewriteParts(data) { $0.replacingOccurrences(of: "Phòng Kinh tế", with: huge) }
        ?? Data(
          String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "Phòng Kinh tế", with: huge).utf8)
    default:  // garbage in the cells
      let garbage = ["Tháng 13/2026", "=HYPERLINK(\"x\")", "", "\u{7}", "31/02/2026", "và và"]
      let pick = garbage[Int(random.next() % UInt64(garbage.count))]
      return try rewriteParts(data) { $0.replacingOccurrences(of: "Tháng", with: pick) }
        ?? Data(
          String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "Công an xã", with: pick).utf8)
    }
  }

  /// The zip with each XML part rewritten, or nil when the data is not a zip.
  static func rewriteParts(_ data: Data, _ change: (String) -> String) throws -> Data? {
    guard DocumentKind.sniff(data) == .docx || DocumentKind.sniff(data) == .xlsx else {
      return nil
    }
    let package = try OfficePackage(data: data, kind: .docx)
    var parts: [(String, String)] = []
    for entry in package.archive {
      let text = String(decoding: try package.part(entry.path) ?? Data(), as: UTF8.self)
      let content = entry.path.hasSuffix("document.xml") || entry.path.contains("sheet")
      parts.append((entry.path, content ? change(text) : text))
    }
    return try PackageWriter.zip(parts)
  }

  @Test("200 seeded manglings of the corpus: each read or refused, all or nothing recorded")
  func fuzz() throws {
    var random = SplitMix64(seed: Self.seed)
    let corpus = try Self.corpus()
    var outcomes: [String: Int] = [:]
    for round in 0..<200 {
      let (name, data) = corpus[round % corpus.count]
      let mangled = try Self.mangle(data, &random)
      let parsed: ParsedPlan
      do {
        parsed = try PlanFile.parse(mangled, name: name)
      } catch let error as DocumentError {
        #expect(!PlanFile.problem(error).message(.vi).isEmpty)
        outcomes["refused as a file", default: 0] += 1
        continue
      } catch let error as LedgerError {
        #expect(!error.message(.en).isEmpty)
        outcomes["refused as a plan", default: 0] += 1
        continue
      }
      let (ledger, _) = try Fixtures.ledger(at: "10/03/2026")
      let before = try ledger.eventCount()
      do {
        let prepared = try ledger.prepareImport(parsed, options: PlanImportOptions())
        let effective = prepared.registration.issued ?? Fixtures.day("10/03/2026")
        let events = try ledger.recordAll(prepared.commands, actor: "thư ký", effective: effective)
        #expect(try ledger.eventCount() == before + events.count)
        #expect(events.count == prepared.commands.count)
        for id in prepared.taskIDs { #expect(try ledger.task(id) != nil, "\(id) of \(name)") }
        outcomes["imported", default: 0] += 1
      } catch let error as LedgerError {
        #expect(!error.message(.vi).isEmpty)
        #expect(try ledger.eventCount() == before, "a refused import of \(name) left events")
        outcomes["refused on import", default: 0] += 1
      }
    }
    // The manglings reach every outcome, so the test exercises each path.
    #expect(outcomes["imported", default: 0] > 0)
    #expect(outcomes["refused as a file", default: 0] > 0)
    #expect(outcomes.values.reduce(0, +) == 200)
  }
}
