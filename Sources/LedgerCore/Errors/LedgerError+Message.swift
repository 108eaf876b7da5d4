import Foundation

extension LedgerError {
  /// What happened and what to do about it, in one or two sentences.
  public func message(_ lang: Language) -> String {
    switch self {
    case .emptyText, .textTooLong, .controlCharacter, .mixedScript:
      return textMessage(lang) ?? ""
    case .unverifiedOrigin(let source, let id):
      return lang.pick(
        vi:
          "Sự kiện mang nguồn gốc “\(source)” / “\(id)” mà sổ không tự ghi như vậy (nguồn gốc chỉ do lệnh events import --foreign tạo ra); có thể đã bị làm giả. Hãy dùng bản xuất gốc của sổ.",
        en:
          "The event carries an origin “\(source)” / “\(id)” that this ledger does not write so (only events import --foreign makes origins); it may be forged. Use the ledger's own export."
      )
    case .endsTenure(let person, let unit, let since, let named):
      let typed = named.map {
        lang.pick(vi: " (--replaces ghi “\($0)”)", en: " (--replaces says “\($0)”)")
      }
      return lang.pick(
        vi:
          "Việc bổ nhiệm này chấm dứt nhiệm kỳ của \(person), người đứng đầu \(unit) từ \(since.display)\(typed ?? ""), và chuyển cho người mới các nhiệm vụ và kết quả đánh giá. Nếu đúng như vậy, hãy thêm --replaces \"\(person)\".",
        en:
          "This appointment ends the tenure of \(person), head of \(unit) since \(since.display)\(typed ?? ""), and hands the new head their tasks and evaluation. If that is meant, add --replaces \"\(person)\"."
      )
    case .overwritesScore(let person, let year, let position):
      return lang.pick(
        vi:
          "\(person) đã có điểm chung năm \(year) (sự kiện #\(position)). Để ghi đè, hãy thêm --replaces \(position).",
        en:
          "\(person) already has general points for \(year) (event #\(position)). To overwrite them, add --replaces \(position)."
      )
    case .invalidDate(let text):
      return lang.pick(
        vi:
          "“\(text)” không phải một ngày hợp lệ (không có ngày này, hoặc viết khác dạng). Hãy viết dạng 30/06/2026 (ngày/tháng/năm, năm đủ bốn chữ số) hoặc 2026-06-30.",
        en:
          "“\(text)” is not a valid date (no such day, or another format). Write it as 30/06/2026 (day/month/four-digit year) or 2026-06-30."
      )
    case .invalidMoment(let text):
      return lang.pick(
        vi:
          "“\(text)” không phải một thời điểm. Hãy viết một thời điểm kèm múi giờ như 2026-07-01T09:00:00+07:00, một giờ theo múi giờ của sổ như 01/07/2026 09:00 hay 2026-07-01T09:00 (giờ 00–23, phút và giây 00–59), hoặc một ngày (30/06/2026 hay 2026-06-30), nghĩa là lúc cuối ngày đó.",
        en:
          "“\(text)” is not a moment. Write an instant with its offset such as 2026-07-01T09:00:00+07:00, a time in the ledger's time zone such as 01/07/2026 09:00 or 2026-07-01T09:00 (hours 00–23, minutes and seconds 00–59), or a day (30/06/2026 or 2026-06-30), meaning the end of that day."
      )
    case .invalidYearlyDate(let text):
      return lang.pick(
        vi: "“\(text)” không phải ngày/tháng lặp lại hằng năm. Hãy viết dạng 30/11.",
        en: "“\(text)” is not a day and month that recurs every year. Write it as 30/11.")
    case .futureDate(let date, let today):
      return lang.pick(
        vi:
          "Ngày \(date.display) ở tương lai (hôm nay là \(today.display)). Sổ chỉ ghi việc đã xảy ra.",
        en:
          "\(date.display) is in the future (today is \(today.display)). The ledger records only what has happened."
      )
    case .invalidTaskID(let text):
      return lang.pick(
        vi:
          "“\(text)” không dùng được làm mã nhiệm vụ: tối đa 40 chữ cái không dấu, chữ số, “.”, “_” hoặc “-”.",
        en: "“\(text)” cannot be a task id: use up to 40 plain letters, digits, “.”, “_” or “-”.")
    case .invalidUnitCode(let text):
      return lang.pick(
        vi:
          "“\(text)” không dùng được làm mã đơn vị: tối đa 20 chữ cái không dấu, chữ số hoặc “-”.",
        en: "“\(text)” cannot be a unit code: use up to 20 plain letters, digits or “-”.")
    case .percentOutOfRange(let value):
      return lang.pick(
        vi: "Tỷ lệ hoàn thành \(value)% nằm ngoài khoảng 0–100.",
        en: "A progress of \(value)% is outside 0–100.")
    case .invalidDocumentNumber(let text):
      return lang.pick(
        vi: "“\(text)” không phải số văn bản. Hãy viết dạng 12/BC-VHXH.",
        en: "“\(text)” is not a document number. Write it as 12/BC-VHXH.")
    case .invalidClock(let text):
      return lang.pick(
        vi: "CLEARLEDGER_NOW=“\(text)” không đọc được. Hãy viết dạng 2026-07-05T09:00:00+07:00.",
        en: "CLEARLEDGER_NOW=“\(text)” cannot be read. Write it as 2026-07-05T09:00:00+07:00.")
    case .invalidTimeZone(let text):
      return lang.pick(
        vi: "Múi giờ “\(text)” không tồn tại. Hãy dùng tên như Asia/Ho_Chi_Minh.",
        en: "There is no time zone “\(text)”. Use a name such as Asia/Ho_Chi_Minh.")
    case .invalidDigest(let text):
      return lang.pick(
        vi:
          "“\(text)” không phải mã băm của sổ. Hãy dùng dạng VỊ_TRÍ:MÃ_BĂM do `clearledger digest` in ra.",
        en: "“\(text)” is not a ledger digest. Use POS:HASH as `clearledger digest` prints it.")
    case .unknownUnit(let text, let closest):
      let list = closest.joined(separator: "; ")
      return lang.pick(
        vi:
          "Không có đơn vị “\(text)”\(closest.isEmpty ? "" : ". Gần nhất: " + list). Xem danh sách bằng `clearledger unit list` hoặc thêm bằng `clearledger unit add`.",
        en:
          "There is no unit “\(text)”\(closest.isEmpty ? "" : ". Closest: " + list). See `clearledger unit list`, or add it with `clearledger unit add`."
      )
    case .unitNameTaken(let name, let code):
      return lang.pick(
        vi: "Đơn vị “\(name)” đã có trong sổ với mã \(code).",
        en: "The unit “\(name)” is already in the ledger as \(code).")
    case .unitCodeTaken(let code):
      return lang.pick(
        vi: "Mã đơn vị \(code) đã được dùng. Hãy chọn mã khác bằng --code.",
        en: "The unit code \(code) is taken. Choose another with --code.")
    case .unknownTask(let text):
      return lang.pick(
        vi: "Không có nhiệm vụ “\(text)”. Xem danh sách bằng `clearledger status`.",
        en: "There is no task “\(text)”. See `clearledger status`.")
    case .taskExists(let id):
      return lang.pick(
        vi: "Đã có nhiệm vụ mã \(id). Hãy chọn mã khác bằng --id, hoặc bỏ --id để sổ tự đặt.",
        en: "A task \(id) already exists. Choose another id with --id, or leave --id out.")
    case .leadAlsoSupporting(let code):
      return lang.pick(
        vi:
          "Đơn vị \(code) vừa chủ trì vừa phối hợp. Mỗi việc chỉ một đơn vị chủ trì; bỏ \(code) khỏi --support.",
        en:
          "Unit \(code) is both lead and supporting. A task has one lead; drop \(code) from --support."
      )
    case .duplicateSupportingUnit(let code):
      return lang.pick(
        vi: "Đơn vị \(code) được nêu hai lần trong --support.",
        en: "Unit \(code) is named twice in --support.")
    case .transitionRefused(let id, let action, let status):
      // A closed task's details are corrected by reopening it: say how (trial: a role typed
      // without marks looked permanent once the task was completed).
      let reopen =
        action == .amend && status == .completed
        ? lang.pick(
          vi:
            " Muốn sửa một chi tiết (như chức danh), hãy rút lại sự kiện hoàn thành (`clearledger correct VỊ-TRÍ`), sửa, rồi ghi lại việc hoàn thành với --on đúng ngày.",
          en:
            " To correct a detail (such as its role), retract the completion (`clearledger correct POSITION`), amend it, then record the completion again with --on its day."
        )
        : ""
      return lang.pick(
        vi:
          "Không thể \(action.label(.vi)) nhiệm vụ \(id) vì nhiệm vụ \(status.label(.vi)). Xem `clearledger history \(id)`.",
        en:
          "Cannot \(action.label(.en)) task \(id): it is \(status.label(.en)). See `clearledger history \(id)`."
      ) + reopen
    case .extensionNotLater(let id, let current, let requested):
      return lang.pick(
        vi:
          "Hạn mới \(requested.display) không muộn hơn hạn hiện tại \(current.display) của nhiệm vụ \(id). Gia hạn phải lùi hạn về sau.",
        en:
          "The new deadline \(requested.display) is not later than task \(id)'s current deadline \(current.display). An extension must move it later."
      )
    case .noFixedDeadline(let id):
      return lang.pick(
        vi:
          "Nhiệm vụ \(id) không có hạn cụ thể (thường xuyên hoặc hằng năm) nên không gia hạn được.",
        en: "Task \(id) has no fixed deadline (ongoing or yearly), so it cannot be extended.")
    case .deadlineBeforeAssignment(let due, let assigned):
      return lang.pick(
        vi:
          "Hạn \(due.display) sớm hơn ngày giao \(assigned.display). Hãy kiểm tra --due hoặc --on.",
        en:
          "The deadline \(due.display) is before the assignment date \(assigned.display). Check --due or --on."
      )
    case .dateBeforeAssignment(let id, let date, let assigned):
      return lang.pick(
        vi:
          "Ngày \(date.display) sớm hơn ngày giao nhiệm vụ \(id) (\(assigned.display)). Hãy kiểm tra --on.",
        en: "\(date.display) is before task \(id) was assigned (\(assigned.display)). Check --on.")
    case .sameLead(let id, let code):
      return lang.pick(
        vi: "\(code) đã là đơn vị chủ trì nhiệm vụ \(id).",
        en: "\(code) already leads task \(id).")
    case .alreadyHead(let person, let unit, let since):
      return lang.pick(
        vi: "\(person) đã là người đứng đầu \(unit) từ \(since.display).",
        en: "\(person) has headed \(unit) since \(since.display).")
    case .unknownPosition(let position):
      return lang.pick(
        vi: "Không có sự kiện ở vị trí \(position). Xem `clearledger replay`.",
        en: "There is no event at position \(position). See `clearledger replay`.")
    case .invalidYear(let year):
      return lang.pick(
        vi:
          "Năm \(year) không hợp lệ: hãy ghi năm từ \(PlausibleYear.range.lowerBound) đến \(PlausibleYear.range.upperBound), ví dụ --year 2026.",
        en:
          "\(year) is not a valid year: give a year from \(PlausibleYear.range.lowerBound) to \(PlausibleYear.range.upperBound), e.g. --year 2026."
      )
    case .reassignNeedsDue(let id, let passed):
      return lang.pick(
        vi:
          "Nhiệm vụ \(id) đã quá hạn từ \(passed.display): đơn vị đang chủ trì vẫn chịu việc quá hạn. Hãy ghi hạn riêng cho đơn vị mới bằng --due.",
        en:
          "Task \(id) has been overdue since \(passed.display): its current lead keeps that. Give the new lead its own deadline with --due."
      )
    case .dueBeforeHandOver(let id, let due, let handOver):
      return lang.pick(
        vi:
          "Hạn mới \(due.display) của nhiệm vụ \(id) sớm hơn ngày chuyển giao \(handOver.display). Hãy ghi --due từ ngày chuyển giao trở đi.",
        en:
          "The new deadline \(due.display) of task \(id) is before the hand-over on \(handOver.display). Give a --due on or after it."
      )
    case .annualReportWithoutObligation(let id):
      return lang.pick(
        vi:
          "Nhiệm vụ \(id) không có nghĩa vụ báo cáo hằng năm (chỉ nhiệm vụ --yearly, hoặc thường xuyên có ngày báo cáo năm, mới có): bỏ --annual.",
        en:
          "Task \(id) owes no yearly report (only a --yearly task, or ongoing work with a yearly reporting day, does): leave out --annual."
      )
    case .majorErrorsOutOfRange(let count):
      return lang.pick(
        vi: "Số lỗi lớn \(count) không hợp lệ: ghi một số từ 0 đến 99.",
        en: "\(count) is not a number of major errors: give 0 to 99.")
    case .pointsOutOfRange(let points):
      return lang.pick(
        vi: "Điểm tiêu chí chung \(String(format: "%g", points)) nằm ngoài khoảng 0–30.",
        en: "General-criteria points \(String(format: "%g", points)) are outside 0–30.")
    case .planExists(let number):
      return lang.pick(
        vi: "Kế hoạch \(number) đã có trong sổ; không tạo thêm gì.",
        en: "The plan \(number) is already in the ledger; nothing was created.")
    case .unreadableDeadline(let line, let text):
      return lang.pick(
        vi:
          "\(line.label(.vi)): không đọc được thời hạn “\(text)”; không nhập gì. Sửa ô này (ví dụ “Tháng 6/2026”, “Quý II/2026”, “30/11/2026”, “Thường xuyên”, “Hằng năm (trước ngày 30/11)”, “Hằng quý”), hoặc dùng --lenient để ghi là chưa đọc được hạn, kèm lời của kế hoạch.",
        en:
          "\(line.label(.en)): cannot read the deadline “\(text)”; nothing was imported. Fix the cell (e.g. “Tháng 6/2026”, “Quý II/2026”, “30/11/2026”, “Thường xuyên”, “Hằng năm (trước ngày 30/11)”, “Hằng quý”), or use --lenient to record it as unreadable, with the plan's words."
      )
    case .rowWithoutLead(let line):
      return lang.pick(
        vi:
          "\(line.label(.vi)): không có cơ quan chủ trì; không nhập gì. Mỗi nhiệm vụ cần đúng một đơn vị chủ trì. Để xem mọi dòng cần sửa cùng lúc, hãy ghi tệp rà soát: `clearledger import KẾ_HOẠCH --review ra-soat.csv`.",
        en:
          "\(line.label(.en)): no lead unit; nothing was imported. Every task needs exactly one lead unit. To see every row that needs attention at once, write a review file: `clearledger import PLAN --review review.csv`."
      )
    case .badEventLine(let line, let problem):
      let what: String
      switch problem {
      case .notAnEvent:
        what = lang.pick(
          vi: "không phải một sự kiện của sổ (JSON hỏng hoặc thiếu trường)",
          en: "not a ledger event (broken JSON or missing fields)")
      case .notAnEventsFile:
        what = lang.pick(
          vi:
            "tệp này không phải tệp sự kiện: tệp sự kiện có mỗi dòng một đối tượng JSON, như `clearledger events export` ghi ra (tệp sổ .sqlite hay tệp kế hoạch thì không phải; hãy xuất sự kiện của sổ trước: `clearledger events export --db SỔ > TỆP.jsonl`)",
          en:
            "this is not an events file: an events file holds one JSON object per line, as `clearledger events export` writes it (a ledger's .sqlite file or a plan is not one; export the ledger's events first: `clearledger events export --db LEDGER > FILE.jsonl`)"
        )
      case .wrongPosition(let expected):
        what = lang.pick(
          vi: "vị trí không phải \(expected) như sổ cần",
          en: "its position is not \(expected), the next in this ledger")
      case .doesNotContinueChain:
        what = lang.pick(
          vi: "không nối tiếp mã băm cuối của sổ này",
          en: "it does not continue this ledger's hash chain")
      case .unknownType(let type, let version):
        what = lang.pick(
          vi: "loại sự kiện \(type) phiên bản \(version) chưa biết",
          en: "the event type \(type) version \(version) is unknown")
      case .badPayload:
        what = lang.pick(
          vi: "nội dung sự kiện không đúng lược đồ", en: "its payload does not fit its schema")
      case .hashMismatch:
        what = lang.pick(
          vi: "mã băm không khớp nội dung (tệp đã bị sửa?)",
          en: "its hash does not match its content (was the file edited?)")
      case .breaksLedgerRules:
        what = lang.pick(vi: "vi phạm ràng buộc của sổ", en: "it breaks the ledger's rules")
      case .refused(let reason):
        return lang.pick(vi: "Dòng \(line): ", en: "Line \(line): ") + reason.message(lang)
          + lang.pick(vi: " Không nhập gì.", en: " Nothing was imported.")
      case .retractsUnimportedFact(let position):
        what = lang.pick(
          vi: "đính chính sự kiện ở vị trí \(position) của nguồn, sự kiện này chưa được nhập",
          en: "it corrects the source's event at position \(position), which was never imported")
      case .recordedInFuture(let recorded):
        what = lang.pick(
          vi: "thời điểm ghi \(recorded) ở tương lai (nhập vào sẽ chặn mọi lần ghi sau)",
          en: "its recorded time \(recorded) is in the future (it would block every later write)")
      case .unproven(let problem):
        what = lang.pick(vi: "không chứng minh được: ", en: "not proven: ") + problem.label(lang)
      case .notNextInSourceFile(let expected, let source):
        what = lang.pick(
          vi:
            "vị trí không phải \(expected), vị trí tiếp theo trong tệp của \(source) (thiếu một dòng, hoặc các dòng bị đổi chỗ)",
          en:
            "its position is not \(expected), the next in the file for \(source) (a line is missing or out of order)"
        )
      case .breaksSourceFileChain(let source):
        what = lang.pick(
          vi:
            "không nối tiếp mã băm của dòng trước trong tệp của \(source) (thiếu một dòng, hoặc tệp đã bị sửa)",
          en:
            "it does not continue the hash chain of the line before it in the file for \(source) (a line is missing, or the file was edited)"
        )
      }
      return lang.pick(
        vi: "Dòng \(line): \(what); không nhập gì.",
        en: "Line \(line): \(what); nothing was imported.")
    case .noPlanTable:
      return lang.pick(
        vi:
          "Không tìm thấy bảng nhiệm vụ (hàng tiêu đề có STT, nội dung, chủ trì, thời hạn…); không nhập gì.",
        en:
          "No task table found (a header row with STT, task, lead unit, deadline…); nothing was imported."
      )
    case .unreadablePlanFile(let path):
      return lang.pick(
        vi: "Không đọc được \(path); không nhập gì. Hãy kiểm tra đường dẫn và quyền đọc tệp.",
        en:
          "Cannot read \(path); nothing was imported. Check the path and that the file is readable."
      )
    case .planFileRefused(let path, let problem):
      return lang.pick(
        vi: "Không đọc được \(path): \(problem.message(.vi)) Không nhập gì.",
        en: "Cannot read \(path): \(problem.message(.en)) Nothing was imported.")
    case .unitNameIsProse(let line, let text):
      return lang.pick(
        vi:
          "\(line.label(.vi)): “\(text)” là một câu văn, không phải tên đơn vị; không nhập gì. Hãy sửa ô trong kế hoạch, hoặc dùng --units TỆP để chỉ rõ tên trong kế hoạch ứng với mã đơn vị nào. Để xem mọi dòng cần sửa cùng lúc, hãy ghi tệp rà soát (--review ra-soat.csv).",
        en:
          "\(line.label(.en)): “\(text)” is a sentence, not a unit's name; nothing was imported. Correct the cell in the plan, or give --units FILE saying which unit code each name in the plan means. To see every row that needs attention at once, write a review file (--review review.csv)."
      )
    case .planCellTooLong(let line, let length, let limit):
      return lang.pick(
        vi:
          "Dòng \(line): một ô dài hơn \(limit) ký tự (có \(length) ký tự), quá dài với một ô kế hoạch; không nhập gì. Có thể cả bảng đã bị dán vào một ô: hãy kiểm tra lại bảng trong tệp.",
        en:
          "Line \(line): a cell is longer than \(limit) characters (it holds \(length)), more than a plan's cell ever is; nothing was imported. A whole table may have been pasted into one cell: check the table in the file."
      )
    case .unwritableOutput(let path):
      return lang.pick(
        vi:
          "Không ghi được \(path); chưa tạo tệp. Hãy kiểm tra thư mục có tồn tại và được phép ghi, và tệp không đang mở trong Word/Excel.",
        en:
          "Cannot write \(path); no file was made. Check that the folder exists and is writable, and that the file is not open in Word/Excel."
      )
    case .badUnitMapping(let line, let text):
      return lang.pick(
        vi:
          "Tệp --units, dòng \(line): “\(text)” không phải “tên trong kế hoạch, mã đơn vị”; không nhập gì. Mỗi dòng hai cột: tên như kế hoạch viết và mã đơn vị đã đăng ký (unit list).",
        en:
          "The --units file, line \(line): “\(text)” is not “name in the plan, unit code”; nothing was imported. Each line has two columns: the name as the plan writes it and a registered unit code (unit list)."
      )
    case .concurrencyConflict, .clockBehindLedger, .noLedger, .ledgerExists, .notALedger,
      .damagedLedger, .newerLedger, .ledgerBusy, .readOnlyLedger, .diskFull, .storageFailure,
      .unknownEventType,
      .corruptEvent, .uncleanText, .implausibleClock, .ledgerHasLinks, .ledgerHeld, .outputFailed,
      .emptyLedgerFile:
      return storeMessage(lang)
    case .keyAlreadyRegistered, .unknownKey, .keyRevoked, .serverKeyWithoutAccount,
      .personKeyForServer, .portInUse, .serverKeyBeyondRole, .serverKeyOutsideServe, .policyInForce,
      .signatureRequired,
      .fixedClockRefused, .unreadableKeyFile, .wrongPassphrase, .passphraseNeeded, .chainBroken,
      .proofFails, .unreadableProof, .keyFileExists, .noCheckpoint, .positionAfterCheckpoint,
      .unregisteredSource,
      .sourceNameTaken:
      return proofMessage(lang)
    case .invalidUsername, .accountExists, .unknownAccount, .accountDisabled, .headNeedsUnit,
      .invalidPersonCode, .personCodeTaken, .personNameTaken, .ambiguousPerson, .unknownPerson,
      .criterionOutOfRange, .unknownPeriod, .unknownConditionKind, .quantityOutOfRange,
      .keyForUnknownPerson, .keyNotYours, .keeperLastKey:
      return peopleMessage(lang)
    case .noSittingHead, .unitClosed, .unitLeadsOpenTasks, .mergeIntoItself,
      .amendmentChangesNothing:
      return changeMessage(lang)
    case .alreadyRetracted, .unitInUse, .cannotRestate, .assignmentInUse, .personNotRetractable,
      .recordNotRetractable, .positionNotOfTask:
      return correctionMessage(lang)
    case .invalidSourceName, .unknownSource, .sourceAskedByName, .sourceNameAmbiguous,
      .sourceExists, .communeNameTaken,
      .historyOfAnotherSource, .fileNamedForAnotherSource, .historyOfAnotherLedger, .notAFolder,
      .unreadableFolder,
      .forkedHistory, .historyGap,
      .unreadableSourceKey, .sourceWithoutKey, .unitInNoSource, .personInNoSource,
      .hubUnreachable, .hubNotInitialized, .newerHub, .hubFailure:
      return hubMessage(lang)
    case .hubAddressMissing, .notAHubAddress, .hubLoginRefused, .hubDatabaseMissing, .emptyExport,
      .noExportInFolder, .hubWithoutTLS:
      return hubInputMessage(lang)
    case .taskTableIncomplete, .planDeadlineBeforeDate, .tasksInProse, .badReviewRow,
      .leadNotABody, .planTaskIDRepeated, .taskIDCollision, .planNumberTaken, .unreadableDue:
      return planMessage(lang)
    case .notLeadUnitHead, .notAskedUnitHead, .alreadyAcknowledged, .explanationPending,
      .explanationDueBeforeRequest,
      .noExplanationRequested, .attachmentTooLarge, .evidenceForNothing, .noDelayToExcuse,
      .delaysAllExcused, .unreadableAttachment,
      .unknownAttachment:
      return followUpMessage(lang) ?? ""
    }
  }
}
