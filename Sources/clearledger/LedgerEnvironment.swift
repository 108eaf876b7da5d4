import Foundation
import LedgerCore
import LedgerProof
import LedgerStore

/// Everything a command needs from outside: the ledger path, the clock, the actor, the language.
///
/// Built once from options and environment variables, so the rest of the program reads no
/// global state; `CLEARLEDGER_NOW` fixes the clock for demos and tests.
struct LedgerEnvironment {
  let path: String
  let clock: LedgerClock
  let actor: String
  let language: Language
  let json: Bool
  /// The key file that signs what is recorded, if any.
  let keyPath: String?
  /// The passphrase of a sealed key file.
  let passphrase: String?

  init(_ options: GlobalOptions, variables: [String: String] = ProcessInfo.processInfo.environment)
    throws
  {
    path = options.db ?? variables["CLEARLEDGER_DB"] ?? "clearledger.sqlite"
    json = options.json
    keyPath = options.key ?? variables["CLEARLEDGER_KEY"].flatMap { $0.isEmpty ? nil : $0 }
    passphrase = variables["CLEARLEDGER_KEY_PASSPHRASE"]
    language = Self.language(options.lang, variables)
    actor = VietnameseText.clean(
      options.actor ?? variables["CLEARLEDGER_ACTOR"] ?? LedgerEnvironment.loginName(variables))
    if let fixed = variables["CLEARLEDGER_NOW"] {
      guard let instant = LedgerClock.parseInstant(fixed) else {
        throw LedgerError.invalidClock(fixed)
      }
      guard LedgerClock.plausible.contains(instant) else {
        throw LedgerError.implausibleClock(fixed)
      }
      clock = .fixedByUser(instant)
    } else {
      clock = .system
    }
  }

  /// The language of output: the one given (`--lang`), else `CLEARLEDGER_LANG`, else
  /// Vietnamese when `LANG` is Vietnamese, else English.
  static func language(_ given: Language?, _ variables: [String: String]) -> Language {
    given ?? variables["CLEARLEDGER_LANG"].flatMap(Language.init(rawValue:))
      ?? ((variables["LANG"] ?? "").hasPrefix("vi") ? .vi : .en)
  }

  /// Opens the ledger for reading and writing.
  ///
  /// While it waits for a long write by another command, it says on standard error which. The
  /// web server's key signs only in `serve` (`allowServerKey`); any other command refuses it.
  /// `concurrentReads` opens a pool of readers beside the writer (the server).
  func openLedger(allowServerKey: Bool = false, concurrentReads: Bool = false) throws -> Ledger {
    let language = language
    let ledger = try Ledger.open(at: path, clock: clock, concurrentReads: concurrentReads) {
      holder in
      FileHandle.standardError.write(
        Data(
          (language.pick(
            vi: "Đang chờ: sổ đang được ghi bởi \(holder); lệnh này sẽ chạy tiếp khi lệnh đó xong.",
            en:
              "Waiting: the ledger is being written by \(holder); this command goes on when it ends."
          ) + "\n").utf8))
    }
    let signer = try signer()
    if let keyID = signer?.verifier.keyID, !allowServerKey,
      try ledger.keys().contains(where: { $0.keyID == keyID && $0.webServer })
    {
      throw LedgerError.serverKeyOutsideServe(keyID)
    }
    return ledger.with(signer: signer)
  }

  /// The key that signs, read from `--key` or `CLEARLEDGER_KEY`; nil when none is given.
  func signer() throws -> SignerKey? {
    guard let keyPath else { return nil }
    guard let data = FileManager.default.contents(atPath: keyPath),
      let file = try? KeyFile(decoding: data)
    else { throw LedgerError.unreadableKeyFile(path: keyPath) }
    do {
      return try file.open(passphrase: passphrase)
    } catch ProofError.passphraseNeeded {
      throw LedgerError.passphraseNeeded(path: keyPath)
    } catch ProofError.wrongPassphrase {
      throw LedgerError.wrongPassphrase(path: keyPath)
    } catch {
      throw LedgerError.unreadableKeyFile(path: keyPath)
    }
  }

  /// Opens the ledger to read it.
  ///
  /// A writable file is opened normally, so that closing it tidies the WAL files away; a
  /// read-only file is opened read-only, which SQLite allows without writing.
  func readLedger(warnIfBroken: Bool = true) throws -> Ledger {
    let writable = FileManager.default.isWritableFile(atPath: path)
    let ledger = try Ledger.open(at: path, clock: clock, readOnly: !writable)
    // Reads still answer from a ledger whose chain does not hold, but say so.
    if warnIfBroken, let position = try? ledger.chainProblem() {
      FileHandle.standardError.write(
        Data(
          ("clearledger: "
            + language.pick(
              vi:
                "CẢNH BÁO: chuỗi băm bị phá từ vị trí \(position); câu trả lời có thể dựa trên dữ liệu đã bị sửa. Chạy `clearledger verify`.",
              en:
                "WARNING: the hash chain is broken at position \(position); answers may rest on altered data. Run `clearledger verify`."
            ) + "\n").utf8))
    }
    if case .clockBehindLedger(let now, let last, let zone) = try? ledger.clockProblem() {
      FileHandle.standardError.write(Data((Self.clockNote(now, last, zone, language) + "\n").utf8))
    }
    return ledger
  }

  /// The note a read gives when the clock is behind the ledger's last recorded event.
  ///
  /// The answer is of the clock's day, but from every fact the ledger holds, some recorded
  /// after that moment (trial: "Status on 15/08" showed a completion of 28/10).
  static func clockNote(_ now: Date, _ last: Date, _ zone: TimeZone, _ language: Language)
    -> String
  {
    let (now, last) = (now.officeText(in: zone), last.officeText(in: zone))
    return "clearledger: "
      + language.pick(
        vi:
          "Lưu ý: đồng hồ (\(now)) lùi về trước sự kiện cuối của sổ (ghi lúc \(last)); câu trả lời gồm cả những việc được ghi sau thời điểm đó. Muốn xem một ngày đã qua, dùng --as-of NGÀY (và --known-at THỜI-ĐIỂM); kiểm tra CLEARLEDGER_NOW hoặc đồng hồ máy.",
        en:
          "Note: the clock (\(now)) is behind the ledger's last event (recorded \(last)); the answer includes facts recorded after it. To see a past day, use --as-of DATE (and --known-at TIME); check CLEARLEDGER_NOW or the system clock."
      )
  }

  /// Reads a date option, refusing impossible days with a message in the user's language.
  func date(_ text: String?) throws -> LocalDate? {
    guard let text else { return nil }
    guard let date = LocalDate(parsing: text) else { throw LedgerError.invalidDate(text) }
    return date
  }

  /// Reads a moment: an instant with its offset, or a day meaning the last moment of that day
  /// in the ledger's time zone.
  func instant(_ text: String, timeZone: TimeZone) throws -> Date {
    guard let end = try typedMoment(text).end(in: timeZone) else {
      throw LedgerError.invalidDate(text)
    }
    return end
  }

  /// Reads a moment before a time zone reads it: an instant, a time or a day (whose end it
  /// means in the zone of the ledger asked, each source's own on the hub).
  func typedMoment(_ text: String) throws -> TypedMoment {
    if let instant = LedgerClock.parseMomentEnd(text) { return .instant(instant) }
    if let minute = LocalMinute(parsing: text) { return .minute(minute) }
    guard let day = LocalDate(parsing: text) else { throw Self.notAMoment(text) }
    return .day(day)
  }

  /// The refusal of a text that is no moment: a wrong day when it is written as one (digits and
  /// separators only), else a word that is no moment at all (the hint names both forms).
  static func notAMoment(_ text: String) -> LedgerError {
    text.allSatisfy({ $0.isASCII && ($0.isNumber || "/-.".contains($0)) })
      ? .invalidDate(text) : .invalidMoment(text)
  }

  /// Reads a moment to start from: an instant, or a day meaning its first moment.
  func startOf(_ text: String, timeZone: TimeZone) throws -> Date {
    if let instant = LedgerClock.parseInstant(text) { return instant }
    if let minute = LocalMinute(parsing: text), let start = minute.start(in: timeZone) {
      return start
    }
    guard let day = LocalDate(parsing: text) else { throw Self.notAMoment(text) }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let start = DateComponents(year: day.year, month: day.month, day: day.day)
    guard let date = calendar.date(from: start) else { throw LedgerError.invalidDate(text) }
    return date
  }

  private static func loginName(_ variables: [String: String]) -> String {
    if let user = variables["USER"] ?? variables["LOGNAME"], !user.isEmpty { return user }
    return ProcessInfo.processInfo.userName
  }
}
