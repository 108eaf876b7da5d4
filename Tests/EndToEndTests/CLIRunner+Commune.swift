import Foundation
import LedgerTestSupport
import Testing

extension CLIRunner {
  /// A commune ledger made through the binary: UBND (Nguyễn Văn An, chair), VHXH (Trần Thị
  /// Bình) and KT (Hoàng Văn Dũng), both heads titled "Trưởng phòng", and task A led by VHXH,
  /// answerable by its "Trưởng phòng", due `due`.
  static func threeUnitCommune(due: String) throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    for arguments in [
      ["init"], ["unit", "add", "UBND xã", "--code", "UBND", "--on", "01/01/2026"],
      ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
      [
        "head", "appoint", "UBND", "Nguyễn Văn An", "--role", "Chủ tịch UBND xã", "--on",
        "01/01/2026",
      ],
      ["head", "appoint", "VHXH", "Trần Thị Bình", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      ["head", "appoint", "KT", "Hoàng Văn Dũng", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      [
        "task", "assign", "Số hóa sổ hộ tịch lưu trữ của xã", "--id", "A", "--lead", "VHXH",
        "--role", "Trưởng phòng", "--result", "Sổ hộ tịch số hóa", "--due", due,
      ],
    ] {
      let run = try cli.run(arguments)
      #expect(run.status == 0, "\(arguments): \(run.error)")
    }
    return cli
  }
}
