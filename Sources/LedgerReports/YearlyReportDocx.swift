import Foundation
import LedgerCore
import OfficeDocuments

/// The yearly report as a Báo cáo laid out as Decree 30/2020 asks: the issuing body and its
/// number beside Quốc hiệu and Tiêu ngữ, place and date in italics, the title, the body, "Nơi
/// nhận" beside the signer's title and name; Times New Roman on A4 with the decree's margins.
public struct YearlyReportDocx {
  /// What the signer fills in: number, issuing body, place, signer.
  public struct Letterhead {
    public var issuer: String
    /// The body above the issuer (a unit's commune), printed over it as Decree 30 has it.
    public var superior: String?
    public var number: String
    public var place: String
    public var signer: String?
    /// The signer's title, each of its lines printed on a line of its own.
    public var signerTitle: String
    /// The day the document is dated (signed), not the day its figures stand on.
    public var dated: LocalDate?
    /// Where it is sent ("Nơi nhận"), besides the file copy.
    public var recipient: String

    public init(
      issuer: String, superior: String? = nil, number: String, place: String, signer: String?,
      signerTitle: String, dated: LocalDate? = nil, recipient: String = "Ủy ban nhân dân xã"
    ) {
      self.issuer = issuer
      self.superior = superior
      self.number = number
      self.place = place
      self.signer = signer
      self.signerTitle = signerTitle
      self.dated = dated
      self.recipient = recipient
    }
  }

  public let text: YearlyReportText
  public let letterhead: Letterhead

  public init(text: YearlyReportText, letterhead: Letterhead) {
    self.text = text
    self.letterhead = letterhead
  }

  public var l: Language { text.language }

  public func data() throws -> Data {
    try WordDocumentWriter(size: 14).data(heading() + title() + body() + signature())
  }

  /// Issuing body and number (left), Quốc hiệu, Tiêu ngữ, place and date (right).
  private func heading() -> [WordBlock] {
    let day = letterhead.dated ?? text.report.day
    let superior = letterhead.superior.map {
      [WordParagraph($0.uppercased(), size: 13, alignment: .center, spaceAfter: 0)]
    }
    let left =
      (superior ?? []) + [
        WordParagraph(
          letterhead.issuer.uppercased(), bold: true, size: 13, alignment: .center, spaceAfter: 0),
        WordParagraph("———————", size: 13, alignment: .center, spaceAfter: 6),
        WordParagraph("Số: \(letterhead.number)", size: 13, alignment: .center, spaceAfter: 0),
      ]
    let right = [
      WordParagraph(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 12, alignment: .center,
        spaceAfter: 0),
      WordParagraph(
        "Độc lập - Tự do - Hạnh phúc", bold: true, size: 14, alignment: .center, spaceAfter: 0),
      WordParagraph("———————————", size: 13, alignment: .center, spaceAfter: 6),
      WordParagraph(
        "\(letterhead.place), ngày \(two(day.day)) tháng \(two(day.month)) năm \(day.year)",
        italic: true, size: 14, alignment: .center, spaceAfter: 0),
    ]
    return [.table(WordTable(rows: [[left, right]], columnWidths: [6, 10.5], borders: false))]
  }

  private func title() -> [WordBlock] {
    [
      .paragraph(WordParagraph("", spaceAfter: 6)),
      .paragraph(WordParagraph("BÁO CÁO", bold: true, size: 14, alignment: .center, spaceAfter: 0)),
      .paragraph(
        WordParagraph(
          l.pick(
            vi: "Kết quả thực hiện kế hoạch năm \(text.report.year)",
            en: "Results of the plan for \(text.report.year)")
            + (text.report.unit.map { " — \($0.name)" } ?? ""),
          bold: true, size: 14, alignment: .center, spaceAfter: 12)),
    ]
  }

  private func body() -> [WordBlock] {
    var blocks: [WordBlock] = [
      paragraph(text.subtitle + ". " + text.summary() + "."),
      .paragraph(
        WordParagraph(
          l.pick(vi: "I. KẾT QUẢ TỪNG NHIỆM VỤ", en: "I. RESULTS TASK BY TASK"), bold: true,
          alignment: .left)),
    ]
    for (index, entry) in text.report.entries.enumerated() {
      let task = entry.view.task
      blocks.append(
        .paragraph(
          WordParagraph(
            [WordRun("\(index + 1). \(task.id) — ", bold: true), WordRun(task.title, bold: true)],
            firstLineIndent: 1)))
      for (label, value) in text.facts(entry) {
        blocks.append(
          .paragraph(
            WordParagraph(
              [WordRun("- \(label): ", italic: true), WordRun(value)], firstLineIndent: 1,
              spaceAfter: 2)))
      }
      let clears = text.clears(entry).map { clear, ok, reason in
        "\(clear): \(ok ? l.pick(vi: "đạt", en: "met") : l.pick(vi: "chưa đạt", en: "not met")) (\(reason))"
      }
      blocks.append(
        .paragraph(
          WordParagraph(
            [
              WordRun(l.pick(vi: "- Năm rõ: ", en: "- Five clears: "), italic: true),
              WordRun(clears.joined(separator: "; ") + "."),
            ], firstLineIndent: 1)))
    }
    return blocks
  }

  /// "Nơi nhận" (left, 12 and 11 points) beside the signer's title and name (right).
  private func signature() -> [WordBlock] {
    let recipients = [
      WordParagraph(
        [WordRun("Nơi nhận:", bold: true, italic: true, size: 12)], alignment: .left, spaceAfter: 0),
      WordParagraph("- \(letterhead.recipient);", size: 11, alignment: .left, spaceAfter: 0),
      WordParagraph("- Lưu: VT.", size: 11, alignment: .left, spaceAfter: 0),
    ]
    // The placeholder only while nobody is named; a named signer gets the space to sign.
    let space =
      letterhead.signer == nil
      ? WordParagraph(
        l.pick(vi: "(Ký, ghi rõ họ tên, đóng dấu)", en: "(Signature, full name, seal)"),
        italic: true, size: 13, alignment: .center, spaceAfter: 60)
      : WordParagraph("", size: 13, alignment: .center, spaceAfter: 60)
    var signer =
      letterhead.signerTitle.split(separator: "\n").map {
        WordParagraph(
          String($0).uppercased(), bold: true, size: 14, alignment: .center, spaceAfter: 0)
      } + [space]
    if let name = letterhead.signer {
      signer.append(WordParagraph(name, bold: true, size: 14, alignment: .center, spaceAfter: 0))
    }
    return [
      .paragraph(WordParagraph("", spaceAfter: 6)),
      .table(WordTable(rows: [[recipients, signer]], columnWidths: [8, 8], borders: false)),
    ]
  }

  private func paragraph(_ text: String) -> WordBlock {
    .paragraph(WordParagraph(text, firstLineIndent: 1))
  }

  private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
