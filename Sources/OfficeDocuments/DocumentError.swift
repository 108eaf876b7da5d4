/// Why a document could not be read, in terms of the file rather than of XML or zip internals.
public enum DocumentError: Error, Hashable, Sendable {
  /// The file holds no bytes.
  case empty
  /// The file is of a kind this reader does not take (an old .doc, a PDF, a scan…).
  case unsupported(DocumentKind)
  /// The file says it is a .docx or .xlsx but its container or one of its parts is broken.
  case damaged(DocumentKind, part: String)
  /// A part of the document is larger than any plan could be.
  case tooLarge(DocumentKind, part: String)
  /// Text in neither UTF-8 nor UTF-16: an old code page (Windows-1258, TCVN3, VNI).
  case unknownEncoding
}
