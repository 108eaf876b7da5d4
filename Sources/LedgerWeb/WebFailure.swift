import HTTPTypes
import Hummingbird
import LedgerCore

/// A refusal by the web layer itself (not by a ledger rule), with its status, stable code and
/// message in both languages.
public struct WebFailure: HTTPResponseError, Sendable, Equatable {
  public var status: HTTPResponse.Status
  public var code: String
  public var vi: String
  public var en: String

  /// As a bare response, when no middleware renders it (the error middleware normally does).
  public func response(from request: Request, context: some RequestContext) throws -> Response {
    Response(status: status, body: .init(byteBuffer: ByteBuffer(string: en)))
  }

  /// The message in a language.
  public func message(_ language: Language) -> String { language.pick(vi: vi, en: en) }

  static let badCredentials = WebFailure(
    status: .unauthorized, code: "bad_credentials",
    vi: "Sai tên đăng nhập hoặc mật khẩu.", en: "Wrong username or password.")
  static let accountDisabled = WebFailure(
    status: .forbidden, code: "account_disabled",
    vi: "Tài khoản này đã bị khóa; hãy hỏi quản trị viên của xã nếu cần dùng lại.",
    en: "This account is disabled; ask the commune's administrator if it is needed again.")
  static let tooManyAttempts = WebFailure(
    status: .tooManyRequests, code: "too_many_attempts",
    vi: "Đăng nhập sai quá nhiều lần; hãy thử lại sau 15 phút.",
    en: "Too many failed sign-ins; try again in 15 minutes.")
  static let signInRequired = WebFailure(
    status: .unauthorized, code: "sign_in_required",
    vi: "Hãy đăng nhập trước.", en: "Please sign in first.")
  static let badCSRFToken = WebFailure(
    status: .forbidden, code: "csrf_token",
    vi: "Biểu mẫu đã cũ hoặc thiếu mã bảo vệ; hãy tải lại trang và gửi lại. Không ghi gì.",
    en:
      "The form is stale or lacks its protection token; reload the page and send again. Nothing was recorded."
  )
  static let notFound = WebFailure(
    status: .notFound, code: "not_found", vi: "Không có trang này.", en: "There is no such page.")

  static let approverNeeded = WebFailure(
    status: .badRequest, code: "approver_needed",
    vi:
      "Hãy ghi tên lãnh đạo đã quyết định (người phê duyệt); văn thư ghi lại quyết định của lãnh đạo, không tự phê duyệt. Không ghi gì.",
    en:
      "Name the leader who decided (the approver); a clerk records a leader's decision and does not approve it. Nothing was recorded."
  )

  /// A head naming someone else as the one who did the work.
  static func performerNotSelf(_ person: String) -> WebFailure {
    WebFailure(
      status: .forbidden, code: "performer_not_self",
      vi:
        "Người đứng đầu đơn vị chỉ ghi việc của chính mình (\(person)); việc của người khác do văn thư hoặc lãnh đạo ghi. Không ghi gì.",
      en:
        "A unit head records only their own work (\(person)); someone else's is recorded by a clerk or a leader. Nothing was recorded."
    )
  }

  /// A refusal of something a page's path names (a unit, a person, a commune): the page is
  /// not there (404), with the ledger's words for why.
  static func notFound(_ error: LedgerError) -> WebFailure {
    WebFailure(
      status: .notFound, code: error.code.rawValue,
      vi: WebWording.forBrowser(error.message(.vi), .vi),
      en: WebWording.forBrowser(error.message(.en), .en))
  }

  /// The same failure as a commune's page on the hub answers it: the advice to see the
  /// ledger's own list of units points to that commune's list, whose units its own ledger
  /// records (the hub imports no plan).
  func inCommune(_ id: String) -> WebFailure {
    var failure = self
    let units = "/communes/\(TimeQuery.encode(id))/units"
    failure.vi = vi.replacingOccurrences(
      of: "trang /units; đơn vị mới được thêm khi nhập kế hoạch.",
      with: "trang \(units); đơn vị của xã do sổ của chính xã ghi.")
    failure.en = en.replacingOccurrences(
      of: "the page /units; a new unit is added by importing a plan.",
      with: "the page \(units); a commune's units are recorded in its own ledger.")
    return failure
  }

  static func badRequest(_ vi: String, _ en: String) -> WebFailure {
    WebFailure(status: .badRequest, code: "bad_request", vi: vi, en: en)
  }

  /// A head's account acting on a task another unit answers for.
  static func otherUnitsTask(_ action: WebAction, task: TaskID, unit: UnitCode, own: UnitCode)
    -> WebFailure
  {
    WebFailure(
      status: .forbidden, code: "not_own_unit",
      vi:
        "Tài khoản trưởng đơn vị \(own.rawValue) chỉ \(action.label(.vi)) cho nhiệm vụ đơn vị mình chủ trì; nhiệm vụ \(task.rawValue) do \(unit.rawValue) chủ trì. Không ghi gì. Việc của đơn vị khác do văn thư, lãnh đạo hoặc trưởng đơn vị đó ghi.",
      en:
        "A head's account for \(own.rawValue) may \(action.label(.en)) only on tasks its unit leads; task \(task.rawValue) is led by \(unit.rawValue). Nothing was recorded. Another unit's work is recorded by a clerk, a leader or that unit's head."
    )
  }

  /// The refusal of an action the account's role does not allow, in a browser user's words.
  static func forbidden(_ action: WebAction) -> WebFailure {
    // A page only read is refused as a read: nothing was to be recorded (trial: a clerk
    // opening the evaluation was told to ask a clerk to record it).
    if [.read, .evaluate, .audit].contains(action) {
      return WebFailure(
        status: .forbidden, code: "forbidden",
        vi:
          "Vai trò của tài khoản này không được \(action.label(.vi)); trang này chỉ để xem, không ghi gì. Nếu cần xem, hãy hỏi quản trị về quyền của tài khoản.",
        en:
          "This account's role may not \(action.label(.en)); the page only shows, and records nothing. If you need it, ask the administrator about the account's rights."
      )
    }
    return WebFailure(
      status: .forbidden, code: "forbidden",
      vi:
        "Vai trò của tài khoản này không được \(action.label(.vi)). Không ghi gì. Nếu việc này cần ghi, hãy nhờ văn thư hoặc lãnh đạo, hoặc hỏi quản trị về quyền của tài khoản.",
      en:
        "This account's role may not \(action.label(.en)). Nothing was recorded. If it must be recorded, ask a clerk or a leader, or ask the administrator about the account's rights."
    )
  }
}
