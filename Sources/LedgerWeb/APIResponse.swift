import Foundation
import HTTPTypes
import Hummingbird

/// JSON answers in the CLI's `--json` form: snake_case keys, sorted, UTF-8 as is.
enum APIResponse {
  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return encoder
  }()

  static let decoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }()

  /// A JSON response.
  static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
    let data = try encoder.encode(value)
    return Response(
      status: status, headers: [.contentType: "application/json; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }

  /// Reads a JSON body (up to 1 MB); with `members`, a body that is not an object of only
  /// those members, or lacks one of `required` (absent or null), is refused (400), naming
  /// the member.
  static func body<T: Decodable>(
    _ type: T.Type, from request: Request, members: Set<String>? = nil,
    required: Set<String> = []
  ) async throws -> T {
    var request = request
    let data = Data(buffer: try await request.collectBody(upTo: 1 << 20))
    if let members {
      guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
        throw WebFailure.badRequest(
          "Nội dung gửi lên phải là một đối tượng JSON ({…}). Không ghi gì.",
          "The request body must be a JSON object ({…}). Nothing was recorded.")
      }
      try FieldCheck.refuseRepeated(JSONMemberScan.repeated(in: [UInt8](data)))
      try FieldCheck.refuseUnknown(object.keys, members: members)
      let missing = required.filter { object[$0] == nil || object[$0] is NSNull }.sorted()
      if !missing.isEmpty {
        let named = missing.map { "“\($0)”" }.joined(separator: ", ")
        throw WebFailure(
          status: .badRequest, code: "missing_field",
          vi: "Thiếu trường \(named), trường bắt buộc của việc này. Không ghi gì.",
          en: "The field \(named) is missing; this action requires it. Nothing was recorded.")
      }
    }
    return try decoder.decode(type, from: data)
  }
}
