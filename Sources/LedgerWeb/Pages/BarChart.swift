import LedgerCore

/// Draws counts by shade as horizontal stacked bars in SVG, on the server, with a text
/// alternative for screen readers and a tooltip per segment.
enum BarChart {
  /// The fill of each shade, as people expect the colours.
  static func fill(_ shade: Dashboard.Shade) -> String {
    switch shade {
    case .green: return "#2e7d32"
    case .blue: return "#1565c0"
    case .orange: return "#ef6c00"
    case .red: return "#c62828"
    case .grey: return "#9e9e9e"
    }
  }

  /// The SVG for rows of counts, labelled `caption`.
  static func svg(_ rows: [Dashboard.Counts], caption: String, language: Language) -> String {
    let labelWidth = 0
    let width = 600
    let rowHeight = 34
    let top = 4
    let height = top + rows.count * rowHeight + 4
    let most = max(1, rows.map(\.total).max() ?? 1)
    var parts: [String] = []
    let summary = rows.map { row in
      "\(row.label): "
        + Dashboard.Shade.allCases.compactMap { shade in
          row.byShade[shade].map { "\($0) \(shade.label(language))" }
        }.joined(separator: ", ")
    }.joined(separator: "; ")
    parts.append(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" "
        + "width=\"100%\" role=\"img\" aria-label=\"\(escape(caption)): \(escape(summary))\">")
    parts.append("<title>\(escape(caption))</title>")
    for (index, row) in rows.enumerated() {
      let y = top + index * rowHeight
      parts.append(
        "<text x=\"0\" y=\"\(y + 11)\" font-size=\"12\" fill=\"#222\">\(escape(row.label)) (\(row.total))</text>"
      )
      var x = Double(labelWidth)
      for shade in Dashboard.Shade.allCases {
        guard let count = row.byShade[shade], count > 0 else { continue }
        let w = Double(width - labelWidth) * Double(count) / Double(most)
        parts.append(
          "<rect x=\"\(format(x))\" y=\"\(y + 15)\" width=\"\(format(w))\" height=\"14\" fill=\"\(fill(shade))\">"
            + "<title>\(count) \(escape(shade.label(language)))</title></rect>")
        x += w
      }
    }
    parts.append("</svg>")
    return parts.joined()
  }

  private static func format(_ value: Double) -> String {
    String(Int((value * 10).rounded())) == "0"
      ? "0" : String(Double(Int((value * 10).rounded())) / 10)
  }

  /// Text made safe inside SVG markup.
  static func escape(_ text: String) -> String {
    // One pass, and none for the usual text without a character to escape.
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 })
    else { return text }
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count + 16)
    for character in text.unicodeScalars {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      default: escaped.unicodeScalars.append(character)
      }
    }
    return escaped
  }
}
