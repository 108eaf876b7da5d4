import Foundation

extension LedgerError {
  /// The message of an error about importing a plan: its task ids, a large plan, or its review
  /// file.
  func planMessage(_ lang: Language) -> String {
    switch self {
    case .unreadableDue(let text):
      return lang.pick(
        vi:
          "Không đọc được hạn “\(text)”; không ghi gì. Hãy viết một ngày (30/06/2026), một tháng (“Tháng 6/2026”), một quý (“Quý II/2026”), hoặc “Thường xuyên”, “Hằng năm (trước ngày 30/11)”, “Hằng quý”.",
        en:
          "Cannot read the deadline “\(text)”; nothing was recorded. Write a day (30/06/2026), a month (“Tháng 6/2026”), a quarter (“Quý II/2026”), or “Thường xuyên”, “Hằng năm (trước ngày 30/11)”, “Hằng quý”."
      )
    case .planNumberTaken(let number, let held, let typed):
      return lang.pick(
        vi:
          "Số \(number) đã dùng cho kế hoạch “\(held)” trong sổ, không phải “\(typed)”; không nhập gì. Hãy kiểm tra số ghi trên văn bản và nhập lại với --number SỐ_ĐÚNG.",
        en:
          "The number \(number) belongs to the plan “\(held)” in the ledger, not “\(typed)”; nothing was imported. Check the number on the document and import again with --number RIGHT_NUMBER."
      )
    case .taskIDCollision(let id, let plan, true):
      // Trial: the advice to give a prefix imported the same plan a second time.
      let numbered = plan.contains("/")
      return lang.pick(
        vi:
          "Nhiệm vụ \(id) với cùng nội dung đã có trong sổ, thuộc kế hoạch \(plan): kế hoạch này đã được nhập; không nhập gì. "
          + (numbered ? "Nhập lại với --number \(plan) thì không tạo thêm gì; " : "")
          + "chỉ dùng --prefix khi đây là một kế hoạch khác có mã nhiệm vụ trùng.",
        en:
          "Task \(id), with the same wording, is already in the ledger as part of plan \(plan): this plan was imported already; nothing was imported. "
          + (numbered ? "Importing it with --number \(plan) creates nothing new; " : "")
          + "give --prefix only for another plan whose task ids clash."
      )
    case .taskIDCollision(let id, let plan, _):
      return lang.pick(
        vi:
          "Mã nhiệm vụ \(id) đã dùng cho kế hoạch \(plan); không nhập gì. Hãy đặt tiền tố bằng --prefix, ví dụ --prefix KH49.",
        en:
          "The task id \(id) is already used by plan \(plan); nothing was imported. Give a prefix with --prefix, e.g. --prefix KH49."
      )
    case .taskTableIncomplete(let line, let headers, let missing):
      let seen = headers.map { "“\($0)”" }.joined(separator: ", ")
      return lang.pick(
        vi:
          "Không tìm thấy bảng nhiệm vụ; không nhập gì. Dòng \(line) có tiêu đề \(seen) nhưng thiếu cột \(missing.map { Self.columnLabel($0, .vi) }.joined(separator: ", ")). Hãy đặt tên cột như “STT”, “Nội dung công việc”, “Cơ quan chủ trì” (hoặc “Cơ quan thực hiện”), “Thời gian hoàn thành”.",
        en:
          "No task table found; nothing was imported. Line \(line) has the headers \(seen) but no \(missing.map { Self.columnLabel($0, .en) }.joined(separator: ", ")) column. Name the columns like “STT”, “Nội dung công việc”, “Cơ quan chủ trì” (or “Cơ quan thực hiện”), “Thời gian hoàn thành”."
      )
    case .planDeadlineBeforeDate(let line, let text, let due, let assigned):
      return lang.pick(
        vi:
          "\(line.label(.vi)): thời hạn “\(text)” (\(due.display)) sớm hơn ngày giao \(assigned.display); không nhập gì. Hãy sửa thời hạn của dòng này trong kế hoạch hoặc tệp rà soát (--review), hoặc ghi ngày giao đúng bằng --issued/--on.",
        en:
          "\(line.label(.en)): the deadline “\(text)” (\(due.display)) is before the assignment date \(assigned.display); nothing was imported. Fix this row's deadline in the plan or its review file (--review), or give the right date with --issued/--on."
      )
    case .tasksInProse(let line, let text):
      return lang.pick(
        vi:
          "Kế hoạch giao nhiệm vụ bằng đoạn văn (dòng \(line): “\(text)”), không có bảng nhiệm vụ; không nhập gì và không đoán. Hãy lập bảng có các cột STT, Nội dung công việc, Cơ quan chủ trì, Cơ quan phối hợp, Kết quả, Thời gian hoàn thành (Excel hoặc CSV) rồi nhập bảng đó.",
        en:
          "The plan assigns its tasks in paragraphs (line \(line): “\(text)”), not in a table; nothing was imported and nothing guessed. Make a table with the columns STT, Nội dung công việc, Cơ quan chủ trì, Cơ quan phối hợp, Kết quả, Thời gian hoàn thành (Excel or CSV) and import that."
      )
    case .badReviewRow(let line, let column, let text):
      return lang.pick(
        vi:
          "Tệp rà soát, dòng \(line), cột “\(column)”: không dùng được “\(text)”; không nhập gì.\(Self.reviewHint(column, .vi)) Hãy sửa ô này rồi chạy lại import --from-review.",
        en:
          "Review file, line \(line), column “\(column)”: cannot use “\(text)”; nothing was imported.\(Self.reviewHint(column, .en)) Fix the cell and run import --from-review again."
      )
    case .leadNotABody(let line, let text):
      return lang.pick(
        vi:
          "\(line.label(.vi)): ô chủ trì “\(text)” không giống tên một cơ quan (Bộ, Sở, Ban, Phòng, UBND, Văn phòng, Công an, Trung tâm…); không nhập gì và không tự tạo đơn vị. Hãy sửa ô này, ghi tên đơn vị bằng --units, hoặc rà soát bằng --review.",
        en:
          "\(line.label(.en)): the lead cell “\(text)” does not name a body (Bộ, Sở, Ban, Phòng, UBND, Văn phòng, Công an, Trung tâm…); nothing was imported and no unit was made up. Fix the cell, name the unit with --units, or review with --review."
      )
    case .planTaskIDRepeated(let line, let task, let first):
      return lang.pick(
        vi:
          "\(line.label(.vi)): dòng này có cùng mã nhiệm vụ \(task) với \(first.label(.vi).prefix(1).lowercased() + first.label(.vi).dropFirst()) (STT trùng, hoặc một đề mục được đánh số như một dòng); không nhập gì. Hãy sửa STT của một trong hai dòng trong kế hoạch, hoặc rà soát bằng --review rồi sửa cột “Mã nhiệm vụ” và nhập bằng --from-review.",
        en:
          "\(line.label(.en)): this row has the same task id \(task) as \(first.label(.en).prefix(1).lowercased() + first.label(.en).dropFirst()) (a number written twice, or a heading numbered like a row); nothing was imported. Fix the number (STT) of one of the two rows in the plan, or review with --review, correct the “Mã nhiệm vụ” column and import with --from-review."
      )
    default:
      return message(lang)
    }
  }

  /// What a review file's column accepts, said after a cell it cannot use (empty for a
  /// column without a rule to tell).
  static func reviewHint(_ column: String, _ lang: Language) -> String {
    switch column {
    case PlanReview.headers[12]:
      return lang.pick(
        vi:
          " Thời hạn ghi theo một trong các cách: “30/06/2026” (ngày/tháng/năm), “Tháng 6/2026”, “Quý II/2026”, “2026”, “Thường xuyên”, “Hằng năm 31/12”, “Hằng quý”, “Hằng tháng”, hoặc “\(PlanReview.unreadText)”; không dùng dạng 2026-06-30.",
        en:
          " Write the deadline as one of: “30/06/2026” (day/month/year), “Tháng 6/2026”, “Quý II/2026”, “2026”, “Thường xuyên”, “Hằng năm 31/12”, “Hằng quý”, “Hằng tháng”, or “\(PlanReview.unreadText)”; not as 2026-06-30."
      )
    case PlanReview.headers[0]:
      return lang.pick(
        vi: " Mỗi dòng cần một mã nhiệm vụ riêng, chưa dùng ở dòng khác (như PL1-I-2).",
        en: " Each row needs a task id of its own, used on no other row (such as PL1-I-2).")
    case PlanReview.headers[7]:
      return lang.pick(
        vi: " Hãy ghi một cơ quan chủ trì, hoặc ghi nhóm cơ quan ở cột “Chủ trì tập thể”.",
        en: " Name one lead unit, or give the group in the “Chủ trì tập thể” column.")
    default:
      return ""
    }
  }

  /// A task table's column by the meaning it is missing for.
  static func columnLabel(_ meaning: String, _ lang: Language) -> String {
    switch meaning {
    case "number": return lang.pick(vi: "số thứ tự (STT)", en: "row number (STT)")
    case "task": return lang.pick(vi: "nội dung công việc", en: "task")
    case "lead": return lang.pick(vi: "cơ quan chủ trì", en: "lead unit")
    case "deadline": return lang.pick(vi: "thời gian hoàn thành", en: "deadline")
    default: return meaning
    }
  }
}
