/// Encodes an optional as JSON `null` when absent, instead of leaving the key out, so that
/// `--json` output always has the same keys for programs to read.
// swift-format-ignore: UseSynthesizedInitializer
@propertyWrapper
public struct ExplicitNull<Value: Encodable>: Encodable {
  public var wrappedValue: Value?

  // An explicit init(wrappedValue:) lets memberwise initialisers take a plain optional.
  public init(wrappedValue: Value?) {
    self.wrappedValue = wrappedValue
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue {
      try container.encode(wrappedValue)
    } else {
      try container.encodeNil()
    }
  }
}
