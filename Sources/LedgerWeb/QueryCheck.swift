import Hummingbird
import LedgerCore

/// Refuses a query parameter a read does not take (400 `unknown_parameter`), never ignoring
/// it: a list that silently left a filter out would read as an answer to it.
enum QueryCheck {
  /// Throws when the request's query names a parameter outside `accepted`, naming it and the
  /// accepted ones.
  static func refuseUnknown(_ request: Request, accepted: Set<String>) throws {
    let unknown = Set(request.uri.queryParameters.map { String($0.key) })
      .subtracting(accepted).sorted()
    guard !unknown.isEmpty else { return }
    let named = unknown.map { "“\($0)”" }.joined(separator: ", ")
    let known = accepted.sorted().joined(separator: ", ")
    throw WebFailure(
      status: .badRequest, code: "unknown_parameter",
      vi: "Không nhận tham số \(named); các tham số được nhận: \(known).",
      en: "Unknown parameter \(named); the accepted parameters are: \(known).")
  }

  /// Throws (400) when `typed` is given and is not a bucket, naming the buckets: an empty list
  /// would read as "no tasks" (as `status --bucket` refuses it).
  static func refuseUnknownBucket(_ typed: String) throws {
    guard !typed.isEmpty, Bucket(rawValue: typed) == nil else { return }
    let known = Bucket.allCases.map(\.rawValue).joined(separator: ", ")
    throw WebFailure.badRequest(
      "Không có nhóm “\(typed)”; các nhóm: \(known).",
      "There is no bucket “\(typed)”; the buckets are: \(known).")
  }
}
