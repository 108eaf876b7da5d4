import Foundation
import LedgerCore

/// The formats `yearly` writes, and the one place that renders a report in each of them (the
/// CLI and the web's download both call it).
public enum YearlyReportFormat: String, CaseIterable, Sendable {
  case md, csv, html, docx, xlsx

  /// The report in this format: UTF-8 text for md, csv and html, a file for docx and xlsx.
  public func data(_ report: YearlyReport, language: Language, letterhead: Letterhead) throws
    -> Data
  {
    let renderer = YearlyReportText(language: language, report: report)
    switch self {
    case .md: return Data(renderer.markdown().utf8)
    case .csv: return Data(renderer.csv().utf8)
    case .html: return Data(YearlyReportHTML(text: renderer).html().utf8)
    case .docx:
      return try YearlyReportDocx(text: renderer, letterhead: letterhead.docx(report)).data()
    case .xlsx: return try renderer.workbook()
    }
  }

  /// True for the formats a terminal can show.
  public var isText: Bool { [.md, .csv, .html].contains(self) }

  /// The media type a download carries.
  public var mediaType: String {
    switch self {
    case .md: return "text/markdown; charset=utf-8"
    case .csv: return "text/csv; charset=utf-8"
    case .html: return "text/html; charset=utf-8"
    case .docx:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    case .xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    }
  }

  /// What the person asked to print on the letterhead of a Word report; what is not given
  /// takes the defaults `yearly` documents.
  public struct Letterhead: Sendable {
    public var issuer: String?
    public var number: String?
    public var place: String?
    public var signer: String?
    public var signerTitle: String?
    /// The body that issued the plan ("UBND xã Chí Minh"), as the plan recorded it.
    public var planIssuer: String?
    /// The day the document is signed (default: the day its figures stand on).
    public var dated: LocalDate?

    public init(
      issuer: String? = nil, number: String? = nil, place: String? = nil, signer: String? = nil,
      signerTitle: String? = nil, planIssuer: String? = nil, dated: LocalDate? = nil
    ) {
      self.issuer = issuer
      self.number = number
      self.place = place
      self.signer = signer
      self.signerTitle = signerTitle
      self.planIssuer = planIssuer
      self.dated = dated
    }

    /// The letterhead with its defaults (trial: the commune's report read "ỦY BAN NHÂN DÂN XÃ"
    /// with no name, and was addressed to itself).
    ///
    /// A unit's report: the unit under its commune (the plan's issuer), signed by "Thủ trưởng
    /// đơn vị", sent to the commune. The commune's report: issued by the plan's issuer, signed
    /// "TM. Ủy ban nhân dân / Chủ tịch", sent to the province. A blank number and a dotted
    /// place when not given.
    func docx(_ report: YearlyReport) -> YearlyReportDocx.Letterhead {
      let commune = planIssuer.map(Self.spelledOut)
      if let unit = report.unit {
        return YearlyReportDocx.Letterhead(
          issuer: issuer ?? unit.name, superior: issuer == nil ? commune : nil,
          number: number ?? "      /BC", place: place ?? "……", signer: signer,
          signerTitle: signerTitle ?? "Thủ trưởng đơn vị", dated: dated,
          recipient: commune ?? "Ủy ban nhân dân xã")
      }
      return YearlyReportDocx.Letterhead(
        issuer: issuer ?? commune ?? "Ủy ban nhân dân xã", number: number ?? "      /BC",
        place: place ?? "……", signer: signer,
        signerTitle: signerTitle ?? "TM. Ủy ban nhân dân\nChủ tịch", dated: dated,
        recipient: "Ủy ban nhân dân tỉnh")
    }

    /// "UBND xã Chí Minh" as a letterhead writes it: "Ủy ban nhân dân xã Chí Minh".
    static func spelledOut(_ issuer: String) -> String {
      let trimmed = issuer.trimmingCharacters(in: .whitespaces)
      guard VietnameseText.searchKey(trimmed).hasPrefix("ubnd ") else { return trimmed }
      return "Ủy ban nhân dân" + trimmed.dropFirst(4)
    }
  }
}
