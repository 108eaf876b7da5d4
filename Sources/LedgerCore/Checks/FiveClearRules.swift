/// The five-clear rules and their wording, in one place to review.
///
/// Each rule looks at one task as the ledger knows it on a day and says, for one of the five
/// clears, whether it is satisfied, how serious a failure is, and why, in Vietnamese and
/// English. `FiveClearCheck` runs every rule on every task.
public enum FiveClearRules {
  /// Verbs that open a task without saying what will exist when it is done.
  static let vagueOpenings = [
    "phan dau", "tiep tuc", "day manh", "tang cuong", "quan tam", "khuyen khich", "nang cao",
    "chu trong", "tich cuc", "uu tien", "thuc hien tot",
  ]

  /// Results that name no product anyone could check.
  static let uncheckableResults = [
    "bao cao", "bao cao ket qua", "ket qua", "hoan thanh", "khong ghi ket qua", "theo quy dinh",
    "dam bao", "thuc hien", "co ket qua",
  ]

  /// The findings for one task: one per clear, in the order of the five clears.
  ///
  /// A line a unit kept on handing the task on is judged as that unit had it: its lead and the
  /// deadline it answered for, not the task's next lead and deadline (trial: the yearly report
  /// of a unit that missed 31/03 said "Due 30/06" and "One lead unit (KT)").
  public static func findings(for view: TaskView) -> [Finding] {
    var line = view
    if !view.isCurrent, case .reassigned = view.charge.departure {
      var task = view.task
      task.leadUnit = view.charge.unit
      task.supportingUnits.removeAll { $0 == view.charge.unit }
      if case .date = task.deadline, let due = view.charge.due {
        task.deadline = .date(due)
        task.extensionCount = 0
      }
      line.task = task
    }
    return [
      person(line), task(line.task), time(line), responsibility(line.task),
      result(line.task),
    ]
  }

  /// Rõ người: a named person holds the accountable role, and the lead unit has a head, on
  /// the day that decides (the due day, or the day checked).
  static func person(_ view: TaskView) -> Finding {
    let day = view.attributionDay.display
    let role = view.task.headRole
    // A lead cell naming only a group of bodies: no lead unit, hence no head of it.
    let group =
      view.task.leadUnit == TaskAssigned.collectiveLeadCode
      ? view.task.collectiveLead.map { text in
        (
          vi: " Chủ trì là một nhóm cơ quan (“\(text)”): không có người đứng đầu đơn vị chủ trì.",
          en: " The lead is a group of bodies (“\(text)”): no lead unit has a head."
        )
      } : nil
    if role.isEmpty {
      let likely = view.leadUnitHeadLabel.map { head in
        (
          vi:
            " Người có khả năng nhất: \(head), người đứng đầu \(view.lead) (đơn vị chủ trì).",
          en: " The likely answer: \(head), head of \(view.lead) (the lead unit)."
        )
      }
      return Finding(
        clear: .person, rule: "person.role_missing", severity: .error,
        vi:
          "Kế hoạch không ghi người đứng đầu chịu trách nhiệm: cần người có thẩm quyền chỉ định ai chịu trách nhiệm.\(group?.vi ?? likely?.vi ?? " Đơn vị chủ trì \(view.task.leadUnit) chưa có người đứng đầu.")",
        en:
          "The plan names no accountable head: someone with authority must name who answers for it.\(group?.en ?? likely?.en ?? " The lead unit \(view.task.leadUnit) has no head yet.")"
      )
    }
    guard let person = view.headLabel else {
      if let last = view.vacatedTenure, let until = last.until {
        // Said by the last day in office, as `head view` writes the tenure (trial: "left it on
        // 31/05", the first day without a head, read as her last day).
        let left = until.adding(days: -1)
        return Finding(
          clear: .person, rule: "person.role_vacant", severity: .error,
          vi:
            "Chức danh “\(role)” tại \(view.roleUnit) để trống vào ngày \(day): \(last.person) giữ đến hết ngày \(left.display) và chưa ai được bổ nhiệm hoặc giao quyền; cần ghi quyết định (head appoint, hoặc head appoint --acting).",
          en:
            "The role “\(role)” in \(view.roleUnit) is vacant on \(day): \(last.person) held it until \(left.display) and nobody was appointed or made acting; record the decision (head appoint, or head appoint --acting)."
        )
      }
      return Finding(
        clear: .person, rule: "person.no_holder", severity: .error,
        vi:
          "Không ai giữ chức danh “\(role)” tại \(view.roleUnit) vào ngày \(day); cần ghi quyết định bổ nhiệm (head appoint), hoặc ghi đơn vị của chức danh.",
        en:
          "Nobody holds the role “\(role)” in \(view.roleUnit) on \(day); record the appointment (head appoint), or name the role's unit."
      )
    }
    // A person found answers under the title of the deciding day (an earlier lead's line keeps
    // the title of its time, not one amended after it left).
    let held = view.headRole.isEmpty ? role : view.headRole
    guard let leadHead = view.leadUnitHeadLabel else {
      if let group {
        return Finding(
          clear: .person, rule: "person.lead_unit_without_head", severity: .warning,
          vi: "\(person) (\(held)) chịu trách nhiệm.\(group.vi)",
          en: "\(person) (\(held)) answers for it.\(group.en)")
      }
      if let last = view.leadVacatedTenure, let left = last.until {
        return Finding(
          clear: .person, rule: "person.lead_unit_vacant", severity: .warning,
          vi:
            "\(person) (\(held)) chịu trách nhiệm, nhưng chức danh người đứng đầu đơn vị chủ trì \(view.lead) để trống vào ngày \(day): \(last.person) thôi giữ từ \(left.display); cần ghi quyết định (head appoint, hoặc head appoint --acting).",
          en:
            "\(person) (\(held)) answers for it, but the head of the lead unit \(view.lead) is vacant on \(day): \(last.person) left on \(left.display); record the decision (head appoint, or head appoint --acting)."
        )
      }
      return Finding(
        clear: .person, rule: "person.lead_unit_without_head", severity: .warning,
        vi:
          "\(person) (\(held)) chịu trách nhiệm, nhưng đơn vị chủ trì \(view.task.leadUnit) chưa có người đứng đầu vào ngày \(day).",
        en:
          "\(person) (\(held)) answers for it, but the lead unit \(view.task.leadUnit) has no head on \(day)."
      )
    }
    // The lead unit's own head named as the one who answers: said once (trial: "Lê Thị Cúc
    // (Trưởng phòng) và Lê Thị Cúc (trưởng VHXH)").
    if leadHead == person {
      return Finding(
        clear: .person, rule: "person.named", severity: .ok,
        vi: "\(person) (\(held), trưởng \(view.lead)) vào ngày \(day).",
        en: "\(person) (\(held), head of \(view.lead)) on \(day).")
    }
    return Finding(
      clear: .person, rule: "person.named", severity: .ok,
      vi: "\(person) (\(held)) và \(leadHead) (trưởng \(view.lead)) vào ngày \(day).",
      en: "\(person) (\(held)) and \(leadHead) (head of \(view.lead)) on \(day).")
  }

  /// Rõ việc: the text says what is done, not a heading or an exhortation.
  static func task(_ task: TaskState) -> Finding {
    let words = task.title.split(separator: " ")
    let key = VietnameseText.searchKey(task.title)
    if words.count < 4 || task.title.hasSuffix(":") || task.title == task.title.uppercased() {
      return Finding(
        clear: .task, rule: "task.heading", severity: .error,
        vi: "Nội dung “\(task.title)” là một đề mục, không phải một việc cụ thể.",
        en: "“\(task.title)” is a heading, not a task someone can do.")
    }
    if let opening = vagueOpenings.first(where: { key.hasPrefix($0 + " ") }) {
      let written = String(task.title.prefix(opening.count))
      return Finding(
        clear: .task, rule: "task.vague", severity: .warning,
        vi:
          "Nội dung mở đầu bằng “\(written)”: nêu quyết tâm nhưng không nói việc gì phải xong để kiểm tra được.",
        en:
          "The task opens with “\(written)”: an exhortation that does not say what must be done, so it cannot be verified."
      )
    }
    return Finding(
      clear: .task, rule: "task.specific", severity: .ok,
      vi: "Nội dung nêu rõ việc phải làm.", en: "The text says what is to be done.")
  }

  /// Rõ thời gian: a concrete deadline, or for ongoing work a yearly reporting day.
  static func time(_ view: TaskView) -> Finding {
    let task = view.task
    let written = task.source?.deadlineText
    if let grant = view.charge.lateGrants.first {
      return Finding(
        clear: .time, rule: "time.extended_after_deadline", severity: .warning,
        vi:
          "Gia hạn đến \(grant.newDue.display) được duyệt ngày \(grant.grantedOn.display), sau khi hạn \(grant.previousDue.display) đã qua: không xóa việc chậm.",
        en:
          "The extension to \(grant.newDue.display) was granted on \(grant.grantedOn.display), after the deadline \(grant.previousDue.display) had passed: it does not excuse the lateness."
      )
    }
    switch task.deadline {
    case .date(let due):
      if task.extensionCount > 0, case .date(let first) = task.originalDeadline {
        return Finding(
          clear: .time, rule: "time.date_extended", severity: .ok,
          vi:
            "Hạn \(due.display), gia hạn \(task.extensionCount) lần từ \(first.display)\(written.map { " (“\($0)”)" } ?? "").",
          en:
            "Due \(due.display), extended \(task.extensionCount) time(s) from \(first.display)\(written.map { " (“\($0)”)" } ?? "")."
        )
      }
      // A deadline moved by a hand-over is not the plan's words (trial: "Hạn 31/08/2027
      // (“31.05.2027”)").
      if case .date(let first) = task.originalDeadline, first != due {
        return Finding(
          clear: .time, rule: "time.date", severity: .ok,
          vi:
            "Hạn \(due.display); kế hoạch ghi \(first.display)\(written.map { " (“\($0)”)" } ?? "").",
          en:
            "Due \(due.display); the plan said \(first.display)\(written.map { " (“\($0)”)" } ?? "")."
        )
      }
      return Finding(
        clear: .time, rule: "time.date", severity: .ok,
        vi: "Hạn \(due.display)\(written.map { " (“\($0)”)" } ?? "").",
        en: "Due \(due.display)\(written.map { " (“\($0)”)" } ?? "").")
    case .yearly(let day, let month):
      let dm = DayOfYear(day: day, month: month)?.description ?? "\(day)/\(month)"
      return Finding(
        clear: .time, rule: "time.yearly", severity: .ok,
        vi: "Nghĩa vụ hằng năm, hạn \(dm) mỗi năm.", en: "A yearly obligation, due \(dm) each year."
      )
    case .recurring:
      let words = DeadlineText(language: .vi).describe(task.deadline)
      let english = DeadlineText(language: .en).describe(task.deadline)
      return Finding(
        clear: .time, rule: "time.recurring_deadline", severity: .ok,
        vi:
          "Nghĩa vụ báo cáo định kỳ, \(words)\(written.map { " (“\($0)”)" } ?? ""); kỳ nào không có báo cáo đến hạn là quá hạn kỳ đó.",
        en:
          "A recurring reporting obligation, \(english)\(written.map { " (“\($0)”)" } ?? ""); a period without a report by its day is overdue for that period."
      )
    case .ongoing:
      if task.deadlineUnread == true {
        let text = written ?? "-"
        return Finding(
          clear: .time, rule: "time.unreadable", severity: .error,
          vi:
            "Không đọc được thời hạn “\(text)” trong kế hoạch: nhiệm vụ chưa có hạn (không phải thường xuyên).",
          en:
            "The plan's deadline “\(text)” could not be read: the task has no deadline yet (it is not ongoing)."
        )
      }
      if let reporting = task.reportingDay {
        return Finding(
          clear: .time, rule: "time.ongoing_reported", severity: .info,
          vi: "Thường xuyên, không có hạn hoàn thành; báo cáo hằng năm trước \(reporting).",
          en: "Ongoing with no deadline; reported on every year by \(reporting).")
      }
      if let written, let reading = DeadlineReader(reportingDay: nil).read(written) {
        switch reading {
        case .recurring(let every, _):
          return Finding(
            clear: .time, rule: "time.recurring", severity: .info,
            vi:
              "Nghĩa vụ báo cáo định kỳ \(every.label(.vi)) (“\(written)”), không có hạn kết thúc.",
            en:
              "A recurring reporting obligation, \(every.label(.en)) (“\(written)”), with no end date."
          )
        case .yearlyWithoutDay:
          return Finding(
            clear: .time, rule: "time.yearly_without_day", severity: .error,
            vi:
              "Kế hoạch ghi “\(written)” nhưng không nêu ngày báo cáo hằng năm: chưa có hạn để biết khi nào là chậm. Hãy xác định ngày báo cáo.",
            en:
              "The plan says “\(written)” but names no yearly reporting day: there is no deadline to tell when it is late. Settle the reporting day."
          )
        default: break
        }
      }
      if let written, !["thuong xuyen", "-"].contains(VietnameseText.searchKey(written)) {
        return Finding(
          clear: .time, rule: "time.unreadable", severity: .error,
          vi:
            "Không đọc được thời hạn “\(written)” trong kế hoạch; nhiệm vụ đang được ghi là không hạn.",
          en: "The plan's deadline “\(written)” could not be read; the task is recorded with none.")
      }
      return Finding(
        clear: .time, rule: "time.none", severity: .error,
        vi: "Không có hạn và không có kỳ báo cáo: không thể biết khi nào là chậm.",
        en: "No deadline and no reporting cadence: there is no way to tell when it is late.")
    }
  }

  /// Rõ trách nhiệm: exactly one lead unit, and coordinating units named.
  static func responsibility(_ task: TaskState) -> Finding {
    if let collective = task.collectiveLead {
      return Finding(
        clear: .responsibility, rule: "responsibility.collective_lead", severity: .error,
        vi:
          "Kế hoạch giao chủ trì cho một nhóm cơ quan (“\(collective)”), không nêu đơn vị nào chịu trách nhiệm: cần người có thẩm quyền chỉ định đầu mối.",
        en:
          "The plan gives the lead to a group of bodies (“\(collective)”), naming no unit that answers: someone with authority must name the lead."
      )
    }
    if let coLeads = task.coLeads, !coLeads.isEmpty {
      let all = ([task.leadUnit] + coLeads).map(\.rawValue).joined(separator: ", ")
      let written = task.source?.leadText ?? all
      return Finding(
        clear: .responsibility, rule: "responsibility.several_leads", severity: .error,
        vi:
          "Kế hoạch giao nhiều đơn vị chủ trì (“\(written)”); sổ giữ nguyên cả \(coLeads.count + 1) đơn vị (\(all)), mỗi đơn vị chịu trách nhiệm. Mỗi việc chỉ một đầu mối chủ trì.",
        en:
          "The plan names several lead units (“\(written)”); the ledger keeps all \(coLeads.count + 1) (\(all)), each answerable. One task, one lead."
      )
    }
    // A unit the cell marks "(phối hợp)" coordinates: it is no second lead.
    if let written = task.source?.leadText,
      UnitNames.split(LeadCellMarkers.split(written).lead).count > 1
    {
      return Finding(
        clear: .responsibility, rule: "responsibility.several_leads", severity: .error,
        vi:
          "Kế hoạch giao nhiều đơn vị chủ trì (“\(written)”); sổ ghi \(task.leadUnit) chủ trì, các đơn vị còn lại phối hợp. Mỗi việc chỉ một đầu mối chủ trì.",
        en:
          "The plan names several lead units (“\(written)”); the ledger records \(task.leadUnit) as lead and the others as coordinating. One task, one lead."
      )
    }
    // Units named later (`task amend --support`) make the plan's vague words moot.
    // A group ("UBND các xã, phường") names no unit either: the same warning, its text quoted.
    if task.supportingUnits.isEmpty, let written = task.source?.supportText,
      UnitNames.isVague(written) || UnitDictionary.shipped.isCollective(written)
    {
      return Finding(
        clear: .responsibility, rule: "responsibility.vague_support", severity: .warning,
        vi: "Đơn vị phối hợp chỉ ghi “\(written)”: không nêu tên đơn vị nào.",
        en: "Coordinating units are given only as “\(written)”: no unit is named.")
    }
    return Finding(
      clear: .responsibility, rule: "responsibility.one_lead", severity: .ok,
      vi:
        "Một đơn vị chủ trì (\(task.leadUnit))\(task.supportingUnits.isEmpty ? "" : ", phối hợp: " + task.supportingUnits.map(\.rawValue).joined(separator: ", ")).",
      en:
        "One lead unit (\(task.leadUnit))\(task.supportingUnits.isEmpty ? "" : ", coordinating: " + task.supportingUnits.map(\.rawValue).joined(separator: ", "))."
    )
  }

  /// Rõ kết quả: a product someone can check, not a bare "Báo cáo".
  static func result(_ task: TaskState) -> Finding {
    let key = VietnameseText.searchKey(task.expectedResult)
      .trimmingCharacters(in: .punctuationCharacters)
    if uncheckableResults.contains(key) {
      return Finding(
        clear: .result, rule: "result.not_checkable", severity: .warning,
        vi:
          "Kết quả “\(task.expectedResult)” không nêu sản phẩm kiểm tra được (một CSDL vận hành, một quyết định ban hành, số người được đào tạo…).",
        en:
          "The result “\(task.expectedResult)” names no product anyone can check (a database live, a decision issued, a number of people trained…)."
      )
    }
    return Finding(
      clear: .result, rule: "result.product", severity: .ok,
      vi: "Kết quả: \(task.expectedResult).", en: "Result: \(task.expectedResult).")
  }
}
