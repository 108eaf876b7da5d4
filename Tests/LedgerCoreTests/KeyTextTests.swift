import LedgerCore
import Testing

@Suite("Key text")
struct KeyTextTests {
  @Test("The key id is read from a verifier key's name, even when its base64 holds `+`")
  func keyID() {
    #expect(
      KeyText.keyID(
        of: "clearledger/key/0ba79c7f6934b156+6a8aaa0c+Ad0KkCnJIPXK7oP2+FABXB9iR4LooJIBkV8l7fkqM5Ef"
      )
        == "0ba79c7f6934b156")
    #expect(KeyText.keyID(of: "clearledger/key/XYZ+6a8aaa0c+AAAA") == nil)
    #expect(KeyText.keyID(of: "no separators") == nil)
  }
}
