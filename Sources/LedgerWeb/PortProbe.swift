import LedgerCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Checks, before the server starts, that its address and port can be listened on.
///
/// The server's own bind failure is a raw system error (`bind(descriptor:ptr:bytes:)`); this
/// binds a socket the way the server will (with `SO_REUSEADDR`), closes it, and says a port
/// taken by another program as `LedgerError.portInUse`.
public enum PortProbe {
  /// Throws `LedgerError.portInUse` when another program already listens on `host`:`port`.
  public static func ensureFree(host: String, port: Int) throws {
    var hints = addrinfo()
    hints.ai_flags = AI_PASSIVE
    hints.ai_family = AF_UNSPEC
    #if canImport(Glibc)
      hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    #else
      hints.ai_socktype = SOCK_STREAM
    #endif
    var list: UnsafeMutablePointer<addrinfo>?
    guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
      return  // a name that does not resolve is left to the server to say
    }
    defer { freeaddrinfo(list) }
    var entry: UnsafeMutablePointer<addrinfo>? = first
    while let address = entry {
      if addressInUse(address.pointee) {
        throw LedgerError.portInUse(host: host, port: port)
      }
      entry = address.pointee.ai_next
    }
  }

  /// Whether binding a stream socket to `address` fails because the address is in use.
  private static func addressInUse(_ address: addrinfo) -> Bool {
    let descriptor = socket(address.ai_family, address.ai_socktype, address.ai_protocol)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var on: Int32 = 1
    _ = setsockopt(
      descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
    guard bind(descriptor, address.ai_addr, address.ai_addrlen) != 0 else { return false }
    return errno == EADDRINUSE
  }
}
