import Foundation
import LedgerCore
import OfficeDocuments
import PlanDocuments

/// Reads `import --units FILE`: two columns, a unit name as the plan writes it and the code of
/// the registered unit it means, separated by a comma, semicolon or tab; a header line and
/// blank lines are skipped.
enum UnitMappingFile {
  static func read(_ path: String) throws -> [String: UnitCode] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LedgerError.unreadablePlanFile(path)
    }
    let text: String
    do {
      text = try PlainText.decode(data)
    } catch let error as DocumentError {
      throw LedgerError.planFileRefused(path: path, problem: PlanFile.problem(error))
    }
    var mapping: [String: UnitCode] = [:]
    for (index, record) in DelimitedText.read(text).records.enumerated() {
      let fields = record.map { VietnameseText.clean($0) }.filter { !$0.isEmpty }
      if fields.isEmpty { continue }
      guard fields.count == 2, let code = UnitCode(fields[1]) else {
        let key = VietnameseText.searchKey(fields.joined(separator: " "))
        if index == 0, key.contains("ten") || key.contains("name") || key.contains("ma") {
          continue
        }
        throw LedgerError.badUnitMapping(line: index + 1, text: record.joined(separator: " | "))
      }
      mapping[fields[0]] = code
    }
    return mapping
  }
}
