import Foundation
import Hummingbird
import LedgerCore
import LedgerStore

/// `GET /audit?known_at&task&actor`: every event, who recorded it, when it happened and when it
/// was recorded, facts recorded more than 7 days late flagged (inspectors, leaders, admins).
///
/// `actor` keeps what one person recorded, by hand or through a web account (`ActorMatch`).
struct AuditController {
  let pages: Pages
  let ledger: Ledger

  /// The parameters the page takes (the time form sends `as_of` too).
  static let parameters: Set<String> = ["task", "actor", "known_at", "as_of", "lang"]

  func addRoutes(to router: Router<WebContext>) {
    router.group().allowing(.audit).get("/audit") { request, context in
      // A filter the page does not take is refused, never ignored (trial: `?unit=` and
      // `?since=` listed every event as if they had filtered).
      try QueryCheck.refuseUnknown(request, accepted: Self.parameters)
      let time = try TimeQuery(request, timeZone: ledger.timeZone)
      let task = request.uri.queryParameters["task"].flatMap { TaskID(String($0)) }
      let actor = request.uri.queryParameters["actor"].map { ActorMatch(String($0)) }
      var entries: [AuditEntry] = []
      let holders = OfficeHolders(
        units: try ledger.units(), names: try ledger.personNames(),
        identity: try ledger.personIdentity())
      try ledger.replay(until: time.knownAt) { entry in
        if let task, entry.event.stream != .task(task) { return }
        if let actor, !actor.recorded(entry.event) { return }
        var shown = AuditEntry(
          event: entry.event, retractedBy: entry.retractedBy, timeZone: ledger.timeZone,
          thresholdDays: 7)
        shown.altered = entry.altered
        shown.judgeApprover(holders)
        entries.append(shown)
      }
      return try pages.html(
        "audit",
        AuditPage(
          entries.reversed(), time: time, timeZone: ledger.timeZone, language: context.language),
        context: context)
    }
  }
}

/// The audit page's model: newest first.
struct AuditPage: PageModel {
  struct Line {
    var position: Int64
    var stream: String
    var happened: String
    var recorded: String
    var recorder: String
    /// The audit of what this recorder recorded: `/audit?actor=…`.
    var recorderLink: String
    var web: Bool
    var phrase: String
    var backdated: Bool
    var lag: Int
    /// An extension granted after the deadline it moves had passed, as `audit` flags it.
    var extendedLate: Bool
    var retracted: Bool
    /// "#N" of the correction that retracted it.
    var retractedBy: String?
    /// The signing key's id, or the words for an unsigned event.
    var signed: String
    var fixedClock: Bool
    /// Changed behind the ledger's back: it no longer hashes as recorded.
    var altered: Bool
    /// An extension approved by someone out of office on the day it was granted.
    var approverOut: Bool
  }

  var title: String
  var lines: [Line]
  var asOf: String
  var knownAt: String
  var layout = Layout()

  init(
    _ entries: [AuditEntry], time: TimeQuery, timeZone: TimeZone, language: Language
  ) {
    title = language.pick(vi: "Nhật ký ghi", en: "Audit")
    asOf = time.asOfText
    knownAt = time.knownAtText
    lines = entries.map { entry in
      let event = entry.event
      let subject: String
      if case .task(let id) = event.stream {
        subject = id.rawValue
      } else {
        subject = event.stream.description
      }
      return Line(
        position: event.position, stream: event.stream.description,
        happened: entry.happened.display, recorded: TaskPage.display(event.recorded, in: timeZone),
        recorder: event.actor, recorderLink: Self.link(actor: event.actor),
        web: WebRecorder.isWeb(event.actor),
        phrase: event.event.payload.phrase(PhraseContext(language: language, subject: subject)),
        backdated: entry.backdated, lag: entry.lagDays,
        extendedLate: entry.extendedAfterDeadline, retracted: entry.retractedBy != nil,
        retractedBy: entry.retractedBy.map { "#\($0)" },
        signed: event.signer ?? language.pick(vi: "không ký", en: "unsigned"),
        fixedClock: event.fixedClock, altered: entry.altered,
        approverOut: entry.approverAbsent != nil)
    }
  }

  /// The page of what `actor` recorded: its person's name for a web actor, so the link also
  /// keeps what they recorded by hand.
  static func link(actor: String) -> String {
    let name = WebRecorder.parse(actor)?.person ?? actor
    var allowed = CharacterSet.urlQueryAllowed
    allowed.remove(charactersIn: "&+=#")
    return "/audit?actor=" + (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
  }
}
