import Foundation

/// Reads the role a plan marks after a name in a lead cell: "Phòng Văn hóa - Xã hội (chủ
/// trì), Trạm Y tế xã (phối hợp)" names one lead and one coordinator, never two co-leads.
enum LeadCellMarkers {
  /// The lead cell without its markers, and the names marked "(phối hợp)" as a coordinating
  /// cell; a cell with no marker is returned as it is.
  static func split(_ cell: String) -> (lead: String, coordinators: String) {
    let key = VietnameseText.searchKey(cell)
    guard key.contains("(chu tri)") || key.contains("(phoi hop)") else { return (cell, "") }
    var leads: [String] = []
    var coordinators: [String] = []
    var piece = ""
    var rest = Substring(cell)
    while let open = rest.firstIndex(of: "(") {
      guard let close = rest[open...].firstIndex(of: ")") else { break }
      let written = String(rest[rest.index(after: open)..<close])
      let inside = VietnameseText.searchKey(written)
      piece += rest[..<open]
      rest = rest[rest.index(after: close)...]
      switch inside {
      case "chu tri":
        leads.append(trimmed(piece))
        piece = ""
      case "phoi hop":
        coordinators.append(trimmed(piece))
        piece = ""
      default:
        // Another parenthesis belongs to the name before it (a note): kept.
        piece += "(" + written + ")"
      }
    }
    piece += rest
    if !trimmed(piece).isEmpty { leads.append(trimmed(piece)) }
    return (
      leads.filter { !$0.isEmpty }.joined(separator: ", "),
      coordinators.filter { !$0.isEmpty }.joined(separator: ", ")
    )
  }

  /// A piece without the separators around it.
  private static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: CharacterSet(charactersIn: ",;\n ").union(.whitespaces))
  }
}
