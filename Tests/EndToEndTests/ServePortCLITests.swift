import Foundation
import LedgerTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `clearledger serve` on a port another program holds: a clear message, not a raw bind error.
@Suite("serve on a port in use")
struct ServePortCLITests {
  /// A listening socket on 127.0.0.1 with a port the system chose; closed by the caller.
  func takePort() throws -> (descriptor: Int32, port: Int) {
    #if canImport(Glibc)
      let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    #expect(descriptor >= 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
    }
    #expect(bound == 0)
    #expect(listen(descriptor, 1) == 0)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        getsockname(descriptor, $0, &length)
      }
    }
    return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
  }

  @Test("A port in use is said in Vietnamese and English with --port to choose another, exit 4")
  func portInUse() throws {
    let cli = try CLIRunner()
    #expect(try cli("init").status == 0)
    let taken = try takePort()
    defer { close(taken.descriptor) }
    let before = cli.fileBytes()
    let port = String(taken.port)
    let vi = try cli("serve", "--port", port, "--lang", "vi")
    #expect(vi.status == 4, "\(vi.error)")
    #expect(vi.error.contains("Cổng \(port) (trên 127.0.0.1) đang được chương trình khác dùng"))
    #expect(vi.error.contains("--port"))
    #expect(!vi.error.contains("bind("), "\(vi.error)")
    let en = try cli("serve", "--port", port, "--lang", "en", "--json")
    #expect(en.status == 4, "\(en.error)")
    #expect(en.error.contains("\"port_in_use\""), "\(en.error)")
    #expect(en.error.contains("Port \(port) (on 127.0.0.1) is already in use"), "\(en.error)")
    #expect(cli.fileBytes() == before)
  }
}
