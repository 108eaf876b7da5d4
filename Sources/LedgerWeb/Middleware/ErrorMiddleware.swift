import Foundation
import HTTPTypes
import Hummingbird
import LedgerCore

/// Turns every refusal into what the asker can read: for `/api/…` the CLI's `--json` error
/// object `{"error": {"code", "message"}}`; for pages, a page that says what happened and what
/// to do (a sign-in redirect when nobody is signed in).
///
/// Ledger rules refused → 422, someone wrote first → 409, the ledger file unusable → 503.
struct ErrorMiddleware: RouterMiddleware {
  let pages: Pages

  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch {
      let failure = Self.failure(for: error)
      if request.uri.path.hasPrefix("/api/") || request.uri.path == "/healthz" {
        return try APIResponse.json(
          ErrorBody(error: .init(code: failure.code, message: failure.message(context.language))),
          status: failure.status)
      }
      if failure.status == .unauthorized && request.method == .get {
        // The page asked for, with its query (trial: `/evaluation?year=2026` came back as
        // `/evaluation` after signing in).
        let asked = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        let next = asked.addingPercentEncoding(withAllowedCharacters: .alphanumerics)
        return Response.redirect(to: "/signin?next=\(next ?? "/")", type: .found)
      }
      var response = try pages.html(
        "error",
        ErrorPage(failure: failure, language: context.language, path: request.uri.path),
        context: context)
      response.status = failure.status
      return response
    }
  }

  /// The web failure an error stands for.
  static func failure(for error: any Error) -> WebFailure {
    switch error {
    case let failure as WebFailure: return failure
    case let error as LedgerError:
      var status: HTTPResponse.Status
      switch error.category {
      case .refused: status = .unprocessableContent
      case .conflict: status = .conflict
      default: status = .serviceUnavailable
      }
      // A task named in the path that does not exist is a page that is not there.
      if case .unknownTask = error { status = .notFound }
      // The CLI's advice (`clearledger history`) means nothing in a browser.
      if case .concurrencyConflict = error {
        return WebFailure(
          status: .conflict, code: error.code.rawValue,
          vi:
            "Trong lúc bạn gửi, người khác vừa ghi vào nhiệm vụ này. Hãy tải lại trang, xem diễn biến mới, rồi gửi lại. Không ghi gì.",
          en:
            "Someone recorded on this task while you sent this. Reload the page, look at its timeline, and send again. Nothing was recorded."
        )
      }
      // A reader of the pages across communes has no `--postgres` to check.
      if case .hubUnreachable(let place) = error {
        return WebFailure(
          status: .serviceUnavailable, code: error.code.rawValue,
          vi:
            "Kho tổng hợp (\(place)) không trả lời lúc này. Hãy thử lại sau ít phút; nếu vẫn vậy, báo quản trị kiểm tra máy chủ PostgreSQL.",
          en:
            "The hub (\(place)) is not answering right now. Try again in a few minutes; if it goes on, ask the administrator to check the PostgreSQL server."
        )
      }
      // The CLI's `--due` is the form's and the API's `due`.
      if case .reassignNeedsDue(let id, let passed) = error {
        return WebFailure(
          status: status, code: error.code.rawValue,
          vi:
            "Nhiệm vụ \(id) đã quá hạn từ \(passed.display): đơn vị đang chủ trì vẫn chịu việc quá hạn. Hãy ghi hạn riêng cho đơn vị mới (ô “Hạn riêng cho đơn vị mới”, trường due). Không ghi gì.",
          en:
            "Task \(id) has been overdue since \(passed.display): its current lead keeps that. Give the new lead its own deadline (the field “The new lead's own deadline”, member due). Nothing was recorded."
        )
      }
      // The CLI's flags and commands mean nothing in a browser: the web's own words.
      return WebFailure(
        status: status, code: error.code.rawValue,
        vi: WebWording.forBrowser(error.message(.vi), .vi),
        en: WebWording.forBrowser(error.message(.en), .en))
    case let error as HTTPError:
      switch error.status {
      case .unauthorized: return .signInRequired
      case .notFound: return .notFound
      default:
        return WebFailure(
          status: error.status, code: "http_\(error.status.code)",
          vi: error.body ?? error.status.reasonPhrase, en: error.body ?? error.status.reasonPhrase)
      }
    case let error as DecodingError:
      return decodingFailure(error)
    // A body over the size a route reads (NIOTooManyBytesError; trial: a 2 MB form was a
    // server error).
    case let error as any HTTPResponseError where error.status == .contentTooLarge:
      return WebFailure(
        status: .contentTooLarge, code: "body_too_large",
        vi:
          "Dữ liệu gửi lên quá lớn (một biểu mẫu tối đa 1 MB, một tệp tải lên tối đa 16 MB). Hãy rút gọn nội dung hoặc đính kèm tệp nhỏ hơn. Không ghi gì.",
        en:
          "What was sent is too large (a form up to 1 MB, an uploaded file up to 16 MB). Shorten the text or attach a smaller file. Nothing was recorded."
      )
    default:
      return WebFailure(
        status: .internalServerError, code: "internal",
        vi: "Lỗi máy chủ; không ghi gì. Báo cho quản trị.",
        en: "Server error; nothing was recorded. Tell the administrator.")
    }
  }

  /// The CLI's error object.
  struct ErrorBody: Encodable {
    struct Body: Encodable {
      var code: String
      var message: String
    }
    var error: Body
  }
}

extension ErrorMiddleware {
  /// The refusal of a JSON body that does not decode: the member of the wrong type or missing
  /// named, when the decoder says which.
  static func decodingFailure(_ error: DecodingError) -> WebFailure {
    let path: [any CodingKey]
    switch error {
    case .typeMismatch(_, let context), .valueNotFound(_, let context),
      .dataCorrupted(let context):
      path = context.codingPath
    case .keyNotFound(let key, let context): path = context.codingPath + [key]
    default: path = []
    }
    guard !path.isEmpty else {
      return .badRequest(
        "Dữ liệu gửi lên không đúng dạng; xem Schemas/openapi.yaml. Không ghi gì.",
        "The request body is not in the expected form; see Schemas/openapi.yaml. Nothing was recorded."
      )
    }
    let field = path.map { $0.intValue.map(String.init) ?? Self.snakeCase($0.stringValue) }
      .joined(separator: ".")
    let percent = field == "percent"
    return .badRequest(
      "Trường “\(field)” không đúng kiểu\(percent ? " (một số nguyên 0–100, không trong ngoặc kép)" : ""); xem Schemas/openapi.yaml. Không ghi gì.",
      "The field “\(field)” has the wrong type\(percent ? " (a whole number 0–100, not in quotes)" : ""); see Schemas/openapi.yaml. Nothing was recorded."
    )
  }

  /// A Swift property name as the JSON member it decodes from (`approvedBy` → `approved_by`).
  static func snakeCase(_ name: String) -> String {
    name.reduce(into: "") { text, character in
      if character.isUppercase {
        text += "_" + character.lowercased()
      } else {
        text.append(character)
      }
    }
  }
}
