import Foundation
import Hummingbird
import LedgerCore
import LedgerReports
import LedgerStore

/// `GET /yearly`: the form; `GET /yearly/download?year&unit&format&as_of&number&signer&
/// signer_title&issuer&place`: the yearly report a unit owes, in every format `yearly` writes
/// (md, csv, html, docx, xlsx), rendered by the same code.
struct YearlyController {
  let pages: Pages
  let ledger: Ledger

  func addRoutes(to router: Router<WebContext>) {
    let group = router.group().allowing(.read)
    group.get("/yearly") { _, context in
      try pages.html(
        "yearly",
        YearlyPage(
          year: ledger.today().year, units: try ledger.units(), language: context.language),
        context: context)
    }
    group.get("/yearly/download") { request, context in
      let fields = FormFields(request.uri.query ?? "")
      guard let year = Int(fields["year"] ?? ""), (2000...2100).contains(year) else {
        throw WebFailure.badRequest(
          "Hãy ghi năm báo cáo, ví dụ 2026.", "Give the year reported on, e.g. 2026.")
      }
      let formatText = fields["format"] ?? "md"
      guard let format = YearlyReportFormat(rawValue: formatText) else {
        throw WebFailure.badRequest(
          "Định dạng \(formatText) không có; chọn md, csv, html, docx hoặc xlsx.",
          "There is no format \(formatText); choose md, csv, html, docx or xlsx.")
      }
      var unit: UnitState?
      if let text = fields["unit"], !text.isEmpty {
        guard let found = try ledger.unit(named: text) else {
          throw LedgerError.unknownUnit(text, among: try ledger.units())
        }
        unit = found
      }
      var asOf: LocalDate?
      if let text = fields["as_of"], !text.isEmpty {
        guard let day = LocalDate(parsing: text) else { throw LedgerError.invalidDate(text) }
        asOf = day
      }
      let report = try ledger.yearlyReport(year: year, unit: unit, asOf: asOf)
      // The report is a document: Vietnamese unless the page is in English.
      let data = try format.data(
        report, language: context.language,
        letterhead: .init(
          issuer: fields.text("issuer"), number: fields.text("number"),
          place: fields.text("place"), signer: fields.text("signer"),
          signerTitle: fields.text("signer_title"),
          planIssuer: try ledger.plans().compactMap(\.registration.issuer).last,
          dated: ledger.today()))
      let name = "bao-cao-\(year)\(unit.map { "-\($0.code.rawValue)" } ?? "").\(format.rawValue)"
      return Response(
        status: .ok,
        headers: [
          .contentType: format.mediaType,
          .contentDisposition: "attachment; filename=\"\(name)\"",
          .init("X-Content-Type-Options")!: "nosniff",
        ],
        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
  }
}

/// The yearly report form's model.
struct YearlyPage: PageModel {
  struct Option {
    var value: String
    var label: String
  }

  var title: String
  var year: Int
  var units: [Option]
  var formats: [Option]
  var layout = Layout()

  init(year: Int, units: [UnitState], language: Language) {
    title = language.pick(vi: "Báo cáo năm", en: "Yearly report")
    self.year = year
    self.units = VietnameseText.sorted(units, by: \.name).map {
      Option(value: $0.code.rawValue, label: "\($0.name) (\($0.code))")
    }
    formats = [
      Option(value: "docx", label: "Word (.docx)"), Option(value: "xlsx", label: "Excel (.xlsx)"),
      Option(value: "html", label: "HTML"), Option(value: "md", label: "Markdown"),
      Option(value: "csv", label: "CSV"),
    ]
  }
}
