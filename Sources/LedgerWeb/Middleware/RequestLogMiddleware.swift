import HTTPTypes
import Hummingbird
import Logging

/// Logs one line per request when it is answered: method, path, status, time taken and who
/// asked (never the query, which may hold dates only, nor any body).
struct RequestLogMiddleware: RouterMiddleware {
  let logger: Logger

  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    let start = ContinuousClock.now
    let status: HTTPResponse.Status
    do {
      let response = try await next(request, context)
      status = response.status
      log(request, status: status, since: start)
      return response
    } catch let error as any HTTPResponseError {
      log(request, status: error.status, since: start)
      throw error
    } catch {
      log(request, status: .internalServerError, since: start)
      throw error
    }
  }

  private func log(
    _ request: Request, status: HTTPResponse.Status, since start: ContinuousClock.Instant
  ) {
    let elapsed = start.duration(to: .now)
    let ms =
      Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
    logger.info(
      "\(request.method) \(request.uri.path) \(status.code) \(String(format: "%.1f", ms))ms")
  }
}
