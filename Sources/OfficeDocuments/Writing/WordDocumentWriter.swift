import Foundation

/// Writes a .docx on A4 paper in one font, as administrative documents are set: the page,
/// margins, font and size are the writer's settings; the content is blocks.
public struct WordDocumentWriter: Sendable {
  public var font: String
  /// Body size in points.
  public var size: Double
  /// Margins in centimetres: top, bottom, left, right.
  public var margins: (top: Double, bottom: Double, left: Double, right: Double)

  /// Decree 30/2020's page: A4, Times New Roman 14, margins 2 cm top and bottom, 3 cm left,
  /// 1.5 cm right.
  public init(
    font: String = "Times New Roman", size: Double = 14,
    margins: (top: Double, bottom: Double, left: Double, right: Double) = (2, 2, 3, 1.5)
  ) {
    self.font = font
    self.size = size
    self.margins = margins
  }

  /// The .docx file's bytes.
  public func data(_ blocks: [WordBlock]) throws -> Data {
    try PackageWriter.zip([
      ("[Content_Types].xml", Self.contentTypes),
      ("_rels/.rels", Self.packageRelationships),
      ("word/_rels/document.xml.rels", Self.documentRelationships),
      ("word/styles.xml", styles),
      ("word/document.xml", document(blocks)),
    ])
  }

  static func twips(_ centimetres: Double) -> Int { Int((centimetres * 566.929).rounded()) }

  private func document(_ blocks: [WordBlock]) -> String {
    var body = ""
    for block in blocks {
      switch block {
      case .paragraph(let paragraph): body += xml(paragraph)
      case .table(let table): body += xml(table)
      }
    }
    let page =
      #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>"#
      + #"<w:pgMar w:top="\#(Self.twips(margins.top))" w:right="\#(Self.twips(margins.right))" "#
      + #"w:bottom="\#(Self.twips(margins.bottom))" w:left="\#(Self.twips(margins.left))" "#
      + #"w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>"#
    return PackageWriter.declaration
      + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
      + "<w:body>" + body + page + "</w:body></w:document>"
  }

  private func xml(_ paragraph: WordParagraph) -> String {
    var properties =
      #"<w:pPr><w:spacing w:before="0" w:after="\#(Int(paragraph.spaceAfter * 20))"/>"#
    if paragraph.firstLineIndent > 0 {
      properties += #"<w:ind w:firstLine="\#(Self.twips(paragraph.firstLineIndent))"/>"#
    }
    properties += #"<w:jc w:val="\#(paragraph.alignment.rawValue)"/></w:pPr>"#
    return "<w:p>" + properties + paragraph.runs.map(xml).joined() + "</w:p>"
  }

  private func xml(_ run: WordRun) -> String {
    var properties = ""
    if run.bold { properties += "<w:b/>" }
    if run.italic { properties += "<w:i/>" }
    if run.underline { properties += #"<w:u w:val="single"/>"# }
    if let size = run.size {
      let halfPoints = Int((size * 2).rounded())
      properties += #"<w:sz w:val="\#(halfPoints)"/><w:szCs w:val="\#(halfPoints)"/>"#
    }
    let lines = run.text.split(separator: "\n", omittingEmptySubsequences: false)
    let text = lines.map { #"<w:t xml:space="preserve">\#(XMLText.escape(String($0)))</w:t>"# }
      .joined(separator: "<w:br/>")
    return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + text + "</w:r>"
  }

  private func xml(_ table: WordTable) -> String {
    let border = table.borders ? "single" : "nil"
    let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map {
      #"<w:\#($0) w:val="\#(border)" w:sz="4" w:space="0" w:color="000000"/>"#
    }.joined()
    var out =
      #"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>\#(borders)</w:tblBorders>"#
      + #"<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>"#
    out += table.columnWidths.map { #"<w:gridCol w:w="\#(Self.twips($0))"/>"# }.joined()
    out += "</w:tblGrid>"
    for (index, row) in table.rows.enumerated() {
      out += "<w:tr>"
      if index < table.headerRows { out += "<w:trPr><w:tblHeader/></w:trPr>" }
      for (column, cell) in row.enumerated() {
        let width = table.columnWidths.indices.contains(column) ? table.columnWidths[column] : 3
        out += #"<w:tc><w:tcPr><w:tcW w:w="\#(Self.twips(width))" w:type="dxa"/></w:tcPr>"#
        let paragraphs = cell.isEmpty ? [WordParagraph("")] : cell
        out += paragraphs.map(xml).joined() + "</w:tc>"
      }
      out += "</w:tr>"
    }
    return out + "</w:tbl>"
  }

  private var styles: String {
    let font = XMLText.escape(self.font)
    let halfPoints = Int((size * 2).rounded())
    return PackageWriter.declaration
      + #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
      + #"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="\#(font)" w:hAnsi="\#(font)" "#
      + #"w:eastAsia="\#(font)" w:cs="\#(font)"/><w:sz w:val="\#(halfPoints)"/>"#
      + #"<w:szCs w:val="\#(halfPoints)"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>"#
      + #"<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/>"#
      + #"</w:pPr></w:pPrDefault></w:docDefaults>"#
      + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>"#
      + #"</w:style></w:styles>"#
  }

  private static let contentTypes =
    PackageWriter.declaration
    + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
    + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
    + #"<Default Extension="xml" ContentType="application/xml"/>"#
    + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
    + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
    + "</Types>"

  private static let packageRelationships =
    PackageWriter.declaration
    + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
    + "</Relationships>"

  private static let documentRelationships =
    PackageWriter.declaration
    + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
    + "</Relationships>"
}
