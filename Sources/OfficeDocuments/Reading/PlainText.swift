import Foundation

/// Decodes a text file as Excel and Notepad save them: UTF-8 with or without a byte-order mark,
/// or UTF-16 ("Unicode text") with or without one.
public enum PlainText {
  /// The text of `data`, without its byte-order mark.
  ///
  /// Throws `DocumentError.unknownEncoding` for text in an old code page, and
  /// `DocumentError.empty` for no bytes at all.
  public static func decode(_ data: Data) throws -> String {
    guard !data.isEmpty else { throw DocumentError.empty }
    let bytes = [UInt8](data.prefix(4))
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return try utf8(data.dropFirst(3))
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return try utf16(data.dropFirst(2), encoding: .utf16LittleEndian)
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return try utf16(data.dropFirst(2), encoding: .utf16BigEndian)
    }
    if let guess = utf16WithoutMark(data) { return try utf16(data, encoding: guess) }
    return try utf8(data)
  }

  private static func utf8(_ data: Data) throws -> String {
    guard let text = String(data: data, encoding: .utf8), !hasControlCharacters(text) else {
      throw DocumentError.unknownEncoding
    }
    return text
  }

  /// True when text holds control characters no document has (other than tab and line
  /// breaks): the bytes were not text in this encoding.
  static func hasControlCharacters(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      let value = scalar.value
      return (value < 0x20 && value != 0x9 && value != 0xA && value != 0xD)
        || (0x7F...0x9F).contains(value)
    }
  }

  private static func utf16(_ data: Data, encoding: String.Encoding) throws -> String {
    guard data.count % 2 == 0, let text = String(data: data, encoding: encoding),
      !hasControlCharacters(text)
    else { throw DocumentError.unknownEncoding }
    return text
  }

  /// UTF-16 without a mark shows as a zero byte in every other place for Latin text: at odd
  /// offsets for little-endian, at even ones for big-endian.
  private static func utf16WithoutMark(_ data: Data) -> String.Encoding? {
    let sample = [UInt8](data.prefix(512))
    guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    for (index, byte) in sample.enumerated() where byte == 0 {
      if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
    }
    let half = sample.count / 2
    if oddZeros * 3 >= half, evenZeros == 0 { return .utf16LittleEndian }
    if evenZeros * 3 >= half, oddZeros == 0 { return .utf16BigEndian }
    return nil
  }
}
