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

    public init(
      issuer: String? = nil, number: String? = nil, place: String? = nil, signer: String? = nil,
      signerTitle: String? = nil
    ) {
      self.issuer = issuer
      self.number = number
      self.place = place
      self.signer = signer
      self.signerTitle = signerTitle
    }

    /// The letterhead with its defaults: the unit's name or Ủy ban nhân dân xã, a blank
    /// number, a dotted place, the title "Thủ trưởng đơn vị".
    func docx(_ report: YearlyReport) -> YearlyReportDocx.Letterhead {
      YearlyReportDocx.Letterhead(
        issuer: issuer ?? report.unit?.name ?? "Ủy ban nhân dân xã", number: number ?? "      /BC",
        place: place ?? "……", signer: signer, signerTitle: signerTitle ?? "Thủ trưởng đơn vị")
    }
  }
}
