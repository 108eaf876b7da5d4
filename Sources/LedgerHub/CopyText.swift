import Foundation
import NIOCore

/// Values written as `COPY … FROM STDIN` text: tab between columns, a line break after each
/// row, `\N` for NULL.
///
/// In a value a backslash, a line break, a carriage return and a tab are written as `\\`,
/// `\n`, `\r` and `\t` (the only bytes the text format reads otherwise); every other byte is
/// itself, so the value PostgreSQL stores is the text given, byte for byte.
enum CopyText {
  /// Appends a text value and the tab (or, when `last`, the line break) after it.
  static func append(_ value: String?, to buffer: inout ByteBuffer, last: Bool = false) {
    if var value {
      value.withUTF8 { bytes in
        if !bytes.contains(where: needsEscape) {
          buffer.writeBytes(bytes)
          return
        }
        for byte in bytes {
          switch byte {
          case 0x5C: buffer.writeBytes([0x5C, 0x5C])
          case 0x0A: buffer.writeBytes([0x5C, 0x6E])
          case 0x0D: buffer.writeBytes([0x5C, 0x72])
          case 0x09: buffer.writeBytes([0x5C, 0x74])
          default: buffer.writeInteger(byte)
          }
        }
      }
    } else {
      buffer.writeBytes([0x5C, 0x4E])
    }
    buffer.writeInteger(last ? UInt8(0x0A) : UInt8(0x09))
  }

  /// Appends an integer value and the tab after it.
  static func append(_ value: Int64, to buffer: inout ByteBuffer) {
    buffer.writeString(String(value))
    buffer.writeInteger(UInt8(0x09))
  }

  /// Whether a byte must be escaped in a value.
  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte == 0x5C || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  /// An instant as `timestamptz` text, in UTC to the microsecond: the same microseconds
  /// PostgresNIO sends for a `Date` parameter (its time since 2000-01-01 truncated), so a row
  /// written by COPY holds the instant an INSERT with that `Date` would.
  static func timestamp(_ instant: Date) -> String {
    let micros = Int64(instant.timeIntervalSince(postgresEpoch) * 1_000_000)
    let perDay: Int64 = 86_400_000_000
    var days = micros / perDay
    var within = micros % perDay
    if within < 0 {
      days -= 1
      within += perDay
    }
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
    let z = days + 10_957 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    let seconds = within / 1_000_000
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2)) \(pad(seconds / 3600, 2)):"
      + "\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2)).\(pad(within % 1_000_000, 6))+00"
  }

  /// 2000-01-01 00:00 UTC, PostgreSQL's epoch.
  private static let postgresEpoch = Date(timeIntervalSince1970: 946_684_800)

  /// A non-negative number with leading zeros to `width` digits.
  private static func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
