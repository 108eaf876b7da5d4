/// Why a checkpoint or a Merkle proof does not hold, in words an inspector can act on.
public enum ProofProblem: Hashable, Sendable {
  /// The checkpoint is not signed by the ledger key it is checked against.
  case checkpointNotSigned(key: String)
  /// The proof is for a tree of another size than the checkpoint's.
  case treeSizeDiffers(proof: UInt64, checkpoint: UInt64)
  /// The position is outside the checkpoint's tree.
  case positionOutsideTree(position: UInt64, size: UInt64)
  /// The audit path does not lead to the checkpoint's root.
  case pathDoesNotLead
  /// The event given does not hash to the hash the proof is for.
  case eventDiffers(position: UInt64)
  /// The older checkpoint is of another ledger, or larger than the newer one.
  case checkpointsUnrelated
  /// The newer tree does not extend the older one: history was rewritten.
  case notConsistent(oldSize: UInt64, newSize: UInt64)
  /// This ledger's first `size` events no longer have the checkpoint's root.
  case ledgerDiffers(size: UInt64)
  /// A file of proven facts has no checkpoint line first.
  case noCheckpointLine
  /// A line of a proven file carries no inclusion proof.
  case noProof
  /// A witness's cosignature does not hold for the witness's known key.
  case cosignatureFails(name: String)
  /// A signed event's signature does not hold for the key its source registered.
  case badSignature(position: UInt64)
  /// A signed event names a key its source had not registered before it.
  case unknownSigner(keyID: String, position: UInt64)
  /// A signed event names a key its source had revoked before it.
  case revokedSigner(keyID: String, position: UInt64)
  /// A signed event is recorded under another person than its key's.
  case signerMismatch(position: UInt64)
  /// An event is unsigned although its source requires signatures (`require_signatures`).
  case unsignedUnderPolicy(position: UInt64)

  /// The problem, in the user's language.
  public func label(_ lang: Language) -> String {
    switch self {
    case .checkpointNotSigned(let key):
      return lang.pick(
        vi: "mốc kiểm tra không được ký bằng khóa sổ \(key)",
        en: "the checkpoint is not signed by the ledger key \(key)")
    case .treeSizeDiffers(let proof, let checkpoint):
      return lang.pick(
        vi: "bằng chứng dành cho cây \(proof) sự kiện, mốc kiểm tra có \(checkpoint)",
        en: "the proof is for a tree of \(proof) events, the checkpoint has \(checkpoint)")
    case .positionOutsideTree(let position, let size):
      return lang.pick(
        vi: "vị trí \(position) nằm ngoài cây \(size) sự kiện",
        en: "position \(position) is outside the tree of \(size) events")
    case .pathDoesNotLead:
      return lang.pick(
        vi: "đường băm không dẫn tới gốc của mốc kiểm tra",
        en: "the audit path does not lead to the checkpoint's root")
    case .eventDiffers(let position):
      return lang.pick(
        vi: "sự kiện đưa ra không có mã băm mà bằng chứng cho vị trí \(position) nêu",
        en: "the event given does not have the hash the proof states for position \(position)")
    case .checkpointsUnrelated:
      return lang.pick(
        vi: "mốc cũ thuộc sổ khác hoặc lớn hơn mốc mới",
        en: "the older checkpoint is of another ledger or larger than the newer one")
    case .notConsistent(let oldSize, let newSize):
      return lang.pick(
        vi:
          "cây \(newSize) sự kiện không nối tiếp cây \(oldSize) sự kiện: lịch sử đã bị viết lại",
        en:
          "the tree of \(newSize) events does not extend the tree of \(oldSize): history was rewritten"
      )
    case .ledgerDiffers(let size):
      return lang.pick(
        vi:
          "\(size) sự kiện đầu của sổ không còn cho gốc của mốc kiểm tra: sổ đã bị viết lại từ khi lập mốc",
        en:
          "the ledger's first \(size) events no longer have the checkpoint's root: it was rewritten since"
      )
    case .noCheckpointLine:
      return lang.pick(
        vi: "tệp không bắt đầu bằng mốc kiểm tra đã ký (xuất bằng `events export --with-proofs`)",
        en:
          "the file does not start with a signed checkpoint (export with `events export --with-proofs`)"
      )
    case .noProof:
      return lang.pick(
        vi: "dòng không có bằng chứng thuộc cây", en: "the line carries no inclusion proof")
    case .cosignatureFails(let name):
      return lang.pick(
        vi: "chữ ký xác nhận của \(name) không khớp khóa của bên đó",
        en: "the cosignature of \(name) does not hold for that witness's key")
    case .badSignature(let position):
      return lang.pick(
        vi: "chữ ký của sự kiện #\(position) không khớp khóa mà nguồn đã đăng ký",
        en: "the signature of event #\(position) does not hold for the key its source registered")
    case .unknownSigner(let keyID, let position):
      return lang.pick(
        vi: "sự kiện #\(position) được ký bằng khóa \(keyID) mà nguồn chưa đăng ký trước đó",
        en:
          "event #\(position) is signed by key \(keyID), which its source had not registered before it"
      )
    case .revokedSigner(let keyID, let position):
      return lang.pick(
        vi: "sự kiện #\(position) được ký bằng khóa \(keyID) mà nguồn đã thu hồi trước đó",
        en: "event #\(position) is signed by key \(keyID), which its source had revoked before it")
    case .signerMismatch(let position):
      return lang.pick(
        vi: "sự kiện #\(position) ghi tên người khác với người giữ khóa đã ký",
        en: "event #\(position) names another recorder than the person whose key signed it")
    case .unsignedUnderPolicy(let position):
      return lang.pick(
        vi: "sự kiện #\(position) không có chữ ký dù nguồn đã bắt buộc ký (require_signatures)",
        en:
          "event #\(position) is unsigned although its source requires signatures (require_signatures)"
      )
    }
  }
}
