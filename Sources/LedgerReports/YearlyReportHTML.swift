import LedgerCore

/// The yearly report as one HTML page: no network, pleasant on screen, printed on A4.
public struct YearlyReportHTML {
  public let text: YearlyReportText

  public init(text: YearlyReportText) {
    self.text = text
  }

  public func html() -> String {
    let l = text.language
    var body = [
      "<header><h1>\(escape(text.title))</h1><p class=\"sub\">\(escape(text.subtitle))</p>",
      "<p class=\"summary\">\(escape(text.summary()))</p></header>",
    ]
    for entry in text.report.entries {
      let bucket = entry.view.bucket
      body.append("<section class=\"task \(bucket.rawValue)\">")
      body.append(
        "<h2><span class=\"id\">\(escape(entry.view.task.id.rawValue))</span> \(escape(entry.view.task.title))</h2>"
      )
      body.append("<p class=\"badge\">\(escape(bucket.label(l)))</p>")
      body.append("<dl>")
      for (label, value) in text.facts(entry) {
        body.append("<dt>\(escape(label))</dt><dd>\(escape(value))</dd>")
      }
      body.append("</dl>")
      body.append("<table class=\"clears\"><tbody>")
      for (clear, ok, reason) in text.clears(entry) {
        body.append(
          "<tr class=\"\(ok ? "ok" : "no")\"><th>\(escape(clear))</th><td>\(ok ? "✓" : "✗")</td><td>\(escape(reason))</td></tr>"
        )
      }
      body.append("</tbody></table></section>")
    }
    return """
      <!DOCTYPE html>
      <html lang="\(l.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(text.title))</title>
      <style>
      @page { size: A4; margin: 16mm 14mm; }
      body { font-family: "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; color: #1d2530;
        max-width: 180mm; margin: 0 auto; padding: 12px; line-height: 1.45; font-size: 11pt; }
      header { border-bottom: 2px solid #8a1c1c; margin-bottom: 14px; }
      h1 { font-size: 16pt; margin: 0 0 4px; color: #8a1c1c; }
      .sub, .summary { margin: 2px 0; color: #4a5563; }
      section.task { border: 1px solid #d6dbe1; border-left: 5px solid #7d8896; border-radius: 4px;
        padding: 8px 12px; margin: 0 0 12px; page-break-inside: avoid; break-inside: avoid; }
      section.completed_on_time { border-left-color: #2e7d32; }
      section.completed_late { border-left-color: #b7791f; }
      section.overdue { border-left-color: #c62828; }
      section.in_progress_within_deadline { border-left-color: #1565c0; }
      h2 { font-size: 12pt; margin: 0 0 4px; }
      .id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; color: #5b6572; }
      .badge { display: inline-block; margin: 0 0 6px; padding: 1px 8px; border-radius: 10px;
        background: #eef1f4; font-size: 9.5pt; }
      dl { display: grid; grid-template-columns: 34mm 1fr; gap: 2px 10px; margin: 4px 0 8px; }
      dt { color: #5b6572; } dd { margin: 0; }
      table.clears { width: 100%; border-collapse: collapse; font-size: 10pt; }
      table.clears th { text-align: left; width: 32mm; font-weight: 600; }
      table.clears td, table.clears th { border-top: 1px solid #e3e7eb; padding: 3px 6px; vertical-align: top; }
      tr.ok td:nth-child(2) { color: #2e7d32; } tr.no td:nth-child(2) { color: #c62828; }
      @media print { body { padding: 0; } }
      </style>
      </head>
      <body>
      \(body.joined(separator: "\n"))
      </body>
      </html>
      """
  }

  private func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
