import LedgerCore
import LedgerStore

/// How `verify` names a signature problem.
enum SignatureProblemText {
  static func line(_ problem: VerifyReport.Problem, language l: Language) -> String {
    let what: String
    switch problem.kind {
    case .badSignature:
      what = l.pick(
        vi: "chữ ký không khớp nội dung (bị sửa rồi băm lại, hoặc ký bằng khóa khác)",
        en: "its signature does not hold for its content (altered and re-hashed, or forged)")
    case .unknownSigner:
      what = l.pick(
        vi: "được ký bằng một khóa chưa đăng ký trước đó", en: "it is signed by an unregistered key"
      )
    case .revokedSigner:
      what = l.pick(
        vi: "được ký bằng một khóa đã bị thu hồi", en: "it is signed by a revoked key")
    case .signerMismatch:
      what = l.pick(
        vi: "người ghi không phải chủ của khóa đã ký",
        en: "its recorder is not the person the key belongs to")
    case .unsignedUnderPolicy:
      what = l.pick(
        vi: "không được ký, dù sổ đã yêu cầu chữ ký",
        en: "it is unsigned although the ledger requires signatures")
    case .alteredEvent, .brokenLink, .missingPosition, .missingEnd:
      what = problem.kind.rawValue
    }
    return l.pick(
      vi: "CHỮ KÝ SAI tại vị trí \(problem.position): \(what).",
      en: "BAD SIGNATURE at position \(problem.position): \(what).")
  }
}
