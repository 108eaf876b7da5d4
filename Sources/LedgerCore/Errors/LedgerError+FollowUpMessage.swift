extension LedgerError {
  /// The message of an error about following work up: receipt, explanations, evidence files.
  func followUpMessage(_ lang: Language) -> String? {
    switch self {
    case .notLeadUnitHead(let id, let person, let unit, let head):
      let who = Self.headThatDay(unit, head, lang)
      return lang.pick(
        vi:
          "\(person) không phải người đứng đầu đơn vị chủ trì \(unit) của nhiệm vụ \(id): chỉ người đó xác nhận đã nhận nhiệm vụ.\(who)",
        en:
          "\(person) is not the head of \(unit), the lead unit of task \(id): only that head acknowledges receiving it.\(who)"
      )
    case .notAskedUnitHead(let id, let person, let unit, let head):
      let who = Self.headThatDay(unit, head, lang)
      return lang.pick(
        vi:
          "\(person) không phải người đứng đầu \(unit), đơn vị được yêu cầu giải trình về nhiệm vụ \(id): chỉ người đó giải trình. Không ghi gì.\(who)",
        en:
          "\(person) is not the head of \(unit), the unit asked to explain task \(id): only that head explains. Nothing was recorded.\(who)"
      )
    case .alreadyAcknowledged(let id, let unit, let day):
      return lang.pick(
        vi:
          "\(unit) đã xác nhận nhận nhiệm vụ \(id) ngày \(day.display); không cần ghi lại. Xem `clearledger history \(id)`.",
        en:
          "\(unit) already acknowledged task \(id) on \(day.display); nothing to record again. See `clearledger history \(id)`."
      )
    case .explanationPending(let id, let due):
      return lang.pick(
        vi:
          "Nhiệm vụ \(id) đang có yêu cầu giải trình chưa được trả lời (hạn \(due.display)). Hãy ghi giải trình bằng `task explain` trước khi yêu cầu lần nữa.",
        en:
          "Task \(id) already has an explanation asked for and not yet given (due \(due.display)). Record it with `task explain` before asking again."
      )
    case .explanationDueBeforeRequest(let id, let due, let requested):
      return lang.pick(
        vi:
          "Hạn giải trình \(due.display) của nhiệm vụ \(id) trước ngày yêu cầu \(requested.display). Hãy cho một hạn từ ngày yêu cầu trở đi.",
        en:
          "The explanation of task \(id) would be due \(due.display), before it is asked on \(requested.display). Give a day on or after the request."
      )
    case .noExplanationRequested(let id):
      return lang.pick(
        vi:
          "Chưa có yêu cầu giải trình nào đang chờ cho nhiệm vụ \(id). Hãy ghi yêu cầu trước bằng `task explain-request`.",
        en:
          "No explanation of task \(id) is asked for. Record the request first with `task explain-request`."
      )
    case .attachmentTooLarge(let name, let size, let limit):
      return lang.pick(
        vi:
          "Tệp “\(name)” nặng \(size) byte, quá giới hạn \(limit) byte (10 MiB) mỗi tệp; chưa ghi gì. Hãy nén hoặc quét lại với độ phân giải thấp hơn.",
        en:
          "The file “\(name)” is \(size) bytes, above the limit of \(limit) bytes (10 MiB) per file; nothing was recorded. Compress it or scan at a lower resolution."
      )
    case .evidenceForNothing(let id, let position):
      return lang.pick(
        vi:
          "Sự kiện #\(position) không phải báo cáo, hoàn thành hay giải trình của nhiệm vụ \(id): minh chứng chỉ đính kèm vào những sự kiện đó.",
        en:
          "Event #\(position) is not a report, completion or explanation of task \(id): evidence is attached only to those."
      )
    case .noDelayToExcuse(let id, let day):
      return lang.pick(
        vi:
          "Đến ngày \(day.display) nhiệm vụ \(id) chưa chậm hạn nào: nguyên nhân khách quan được xác nhận cho một lần chậm đã xảy ra. Không ghi gì. Hãy ghi sau khi hạn đã qua mà chưa hoàn thành.",
        en:
          "By \(day.display) task \(id) has missed no deadline: an objective cause is certified for a delay that happened. Nothing was recorded. Record it once a deadline has passed unmet."
      )
    case .delaysAllExcused(let id, let delays, let excuses):
      let listed = excuses.map { "#\($0)" }.joined(separator: ", ")
      return lang.pick(
        vi:
          "Nhiệm vụ \(id) có \(delays) lần chậm hạn và đã được xác nhận nguyên nhân khách quan cho cả \(excuses.count) lần (\(listed)). Không ghi gì. Nếu lần xác nhận trước ghi sai, hãy đính chính nó rồi ghi lại.",
        en:
          "Task \(id) has \(delays) delay(s), and each is excused already (\(listed)). Nothing was recorded. If an earlier excuse was wrong, correct it and record it again."
      )
    case .unreadableAttachment(let path):
      return lang.pick(
        vi: "Không đọc được tệp đính kèm \(path); chưa ghi gì. Hãy kiểm tra đường dẫn.",
        en: "The file to attach, \(path), cannot be read; nothing was recorded. Check the path.")
    case .unknownAttachment(let hash):
      return lang.pick(
        vi:
          "Sổ không giữ tệp nào có SHA-256 \(hash). Tệp nhập từ tệp sự kiện chỉ mang mã băm, không mang nội dung; xem `clearledger history TASK`.",
        en:
          "The ledger keeps no file with SHA-256 \(hash). Facts imported from an events file carry the hash only, not the file; see `clearledger history TASK`."
      )
    default:
      return nil
    }
  }

  /// " VHXH's head that day is X.", or that the unit had no head that day and one must be
  /// appointed first.
  private static func headThatDay(_ unit: UnitCode, _ head: String?, _ lang: Language) -> String {
    head.map {
      lang.pick(vi: " Trưởng \(unit) ngày đó là \($0).", en: " \(unit)'s head that day is \($0).")
    }
      ?? lang.pick(
        vi: " \(unit) chưa có người đứng đầu vào ngày đó: hãy bổ nhiệm trước (`head appoint`).",
        en: " \(unit) has no head on that day: appoint one first (`head appoint`).")
  }
}
