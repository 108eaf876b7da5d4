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

  /// Reads a JSON body (up to 1 MB).
  static func body<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
    var request = request
    let buffer = try await request.collectBody(upTo: 1 << 20)
    return try decoder.decode(type, from: Data(buffer: buffer))
  }
}
