import Foundation
import LedgerCore

/// Renders an evaluation for people: a table of heads, or one person's work shown in full.
public struct EvaluationText {
  public let language: Language
  public let policy: EvaluationPolicy
  public let year: Int
  /// The day the products are judged on, and the delays excused per task.
  public let day: LocalDate
  public let excusedDelays: [TaskID: Int]
  /// Who each row's person is: rows of one person share a key.
  public let identity: PersonIdentity
  /// The moment asked with `--known-at`, as people write it: the table's heading and an
  /// explanation then say it is as known then (trial: neither said so).
  public var knownAt: String? = nil
  /// The excellent-quota breaches of the evaluation: an explanation says its person's.
  public let quotaBreaches: [Evaluation.QuotaBreach]

  public init(language: Language, evaluation: Evaluation) {
    self.language = language
    quotaBreaches = evaluation.quotaBreaches
    identity = evaluation.identity
    policy = evaluation.policy
    year = evaluation.year
    day = evaluation.day
    excusedDelays = evaluation.excusedDelays
  }

  public func table(_ rows: [Evaluation.Row], breaches: [Evaluation.QuotaBreach] = []) -> String {
    let l = language
    guard !rows.isEmpty else {
      return
        ([l.pick(vi: "Không có người đứng đầu nào trong năm \(year).", en: "No heads in \(year).")]
        + yearNotOver).joined(separator: "\n")
    }
    var table = TextTable(
      headers: [
        l.pick(vi: "Người", en: "Person"), l.pick(vi: "Chức danh", en: "Role"),
        l.pick(vi: "Tư cách", en: "Capacity"), l.pick(vi: "NV", en: "Tasks"),
        l.pick(vi: "Đúng hạn", en: "On time"), l.pick(vi: "Trễ", en: "Late"),
        l.pick(vi: "Trong hạn", en: "Not due"), l.pick(vi: "Quá hạn", en: "Overdue"),
        l.pick(vi: "Gia hạn", en: "Ext."), l.pick(vi: "Điểm NV/70", en: "Tasks/70"),
        l.pick(vi: "Chung/30", en: "General/30"), l.pick(vi: "Tổng", en: "Total"),
        l.pick(vi: "Xếp loại", en: "Band"),
      ])
    // A task that changed hands, or a recurring report's periods, count once per charge; the
    // distinct tasks are given beside the lines when they differ (trial: "2 tasks" for one).
    func tasks(_ row: Evaluation.Row) -> String {
      let distinct = Set(row.credits.map(\.view.task.id)).count
      return distinct == row.credits.count ? "\(distinct)" : "\(row.credits.count) (\(distinct))"
    }
    for row in rows {
      table.rows.append([
        row.tenure.personLabel,
        "\(role(row.tenure)), \(row.tenure.unit)",
        row.capacity == .accountableHead
          ? l.pick(vi: "chịu TN", en: "accountable") : l.pick(vi: "trưởng ĐV", en: "lead unit"),
        tasks(row), "\(row.count(.onTime))", "\(row.count(.late))",
        "\(row.count(.notYetDue))", "\(row.count(.overdue))", "\(row.extensions)",
        number(row.taskScore), number(row.generalPoints), number(row.total),
        (row.band.map { l.pick(vi: $0.vi, en: $0.en) } ?? pending(row.pending))
          + conditions(row.conditions),
      ])
    }
    // A person with several capacities has one total: a row's own task part does not add up
    // to it, and the table says so.
    let people = Dictionary(grouping: rows, by: { identity.key($0.tenure) })
    let linesNote =
      rows.contains { Set($0.credits.map(\.view.task.id)).count != $0.credits.count }
      ? [
        l.pick(
          vi:
            "NV “3 (2)”: 3 dòng được tính cho 2 nhiệm vụ — nhiệm vụ đổi đơn vị chủ trì, hoặc phần một báo cáo định kỳ mà mỗi người giữ chức trả lời, là một dòng; các cột Đúng hạn, Trễ, Trong hạn, Quá hạn đếm dòng.",
          en:
            "Tasks “3 (2)”: 3 lines counted for 2 tasks — a task that changed lead units, or each holder's share of a recurring report, is a line; On time, Late, Not due and Overdue count lines."
        )
      ] : []
    let note =
      linesNote
      + (people.values.contains { $0.count > 1 }
        ? [
          l.pick(
            vi:
              "Tổng và xếp loại là của người đó, một lần cho cả năm trên mọi tư cách (Điểm NV/70 của từng dòng là riêng tư cách ấy); xem --explain.",
            en:
              "Total and band are the person's one rating for the year over every capacity (a row's Tasks/70 is that capacity alone); see --explain."
          )
        ] : [])
    let header =
      l.pick(
        vi: "Đánh giá năm \(year) — chính sách \(policy.version)",
        en: "Evaluation \(year) — policy \(policy.version)")
      // As known at a moment, on which day the products are judged: a moment alone judges the
      // year's end (or today) by what was known then (trial: read as the day's own rating).
      + (knownAt.map {
        l.pick(vi: ", xét đến ngày \(day.display)", en: ", judged on \(day.display)")
          + KnownAtText.suffix($0, l)
      } ?? "")
    let warnings = flags(breaches)
    return ([header, table.render()] + yearNotOver + note + warnings).joined(separator: "\n")
  }

  /// A line saying the year is judged before its end, when it is: not begun (nothing of it is
  /// due yet, so every figure is zero or pending) or still running (tasks due later are not due).
  ///
  /// Trial: `evaluate --year 2027` during 2026 printed a table of zeros and no word of why.
  public var yearNotOver: [String] {
    guard let first = LocalDate(year: year, month: 1, day: 1),
      let last = LocalDate(year: year, month: 12, day: 31), day < last
    else { return [] }
    let l = language
    if day < first {
      return [
        l.pick(
          vi:
            "Năm \(year) chưa bắt đầu: tính đến ngày \(day.display), chưa có nhiệm vụ nào của năm \(year) đến hạn, nên chưa có gì để tính; hãy đánh giá khi năm kết thúc.",
          en:
            "\(year) has not begun: as of \(day.display) no task of \(year) is due yet, so nothing counts; evaluate it once the year is over."
        )
      ]
    }
    return [
      l.pick(
        vi:
          "Năm \(year) chưa kết thúc: tính đến ngày \(day.display); nhiệm vụ đến hạn sau ngày này được tính là trong hạn.",
        en:
          "\(year) is not over: judged as of \(day.display); tasks due after that day count as not due."
      )
    ]
  }

  /// The warnings for units (or the whole body) with more rated excellent than the policy's
  /// share of those rated good or better allows (Decree 335's 20%), one line each.
  public func flags(_ breaches: [Evaluation.QuotaBreach]) -> [String] {
    let l = language
    return breaches.map { breach in
      var line = l.pick(
        vi:
          "⚠ \(breach.unit?.rawValue ?? "Toàn cơ quan"): \(breach.excellent) người được xếp loại “Hoàn thành xuất sắc”, trong khi tối đa chỉ được \(percent(policy.excellentQuotaOfGood)) số người xếp loại từ “Hoàn thành tốt” trở lên (\(breach.good + breach.excellent) người), tức là \(breach.allowed) người; vượt tỷ lệ: \(breach.beyond.joined(separator: ", ")).",
        en:
          "⚠ \(breach.unit?.rawValue ?? "The whole body"): \(breach.excellent) rated excellent; \(percent(policy.excellentQuotaOfGood)) of those rated good or better (\(breach.good + breach.excellent)) allows \(breach.allowed); beyond: \(breach.beyond.joined(separator: ", "))."
      )
      // A tie at the last place is said, not settled silently by name order (trial).
      if !breach.tied.isEmpty {
        line += l.pick(
          vi:
            " Bằng điểm nhau ở suất cuối: \(breach.tied.joined(separator: ", ")); điểm không phân biệt được họ, hội đồng quyết định ai giữ “Hoàn thành xuất sắc” (ở đây giữ theo thứ tự tên).",
          en:
            " Tied at the last place: \(breach.tied.joined(separator: ", ")); the totals cannot tell them apart, so the council decides who keeps “excellent” (kept here in name order)."
        )
      }
      return line
    }
  }

  /// Each person's one rating, with every capacity shown under it.
  public func explain(_ ratings: [Evaluation.Rating]) -> String {
    let l = language
    guard !ratings.isEmpty else { return explain([Evaluation.Row]()) }
    let known = knownAt.map { KnownAtText.line($0, language) + "\n\n" }
    return (known ?? "")
      + ratings.map { rating in
        var lines = [
          l.pick(
            vi:
              "== \(rating.person)\(rating.code.map { " (\($0))" } ?? "") — năm \(year), chính sách \(policy.version) ==",
            en:
              "== \(rating.person)\(rating.code.map { " (\($0))" } ?? "") — \(year), policy \(policy.version) =="
          )
        ]
        lines.append(explain(rating.rows))
        lines.append(criteria(rating))
        // Products, not charges: a task charged twice (before and after a reassignment) is one.
        let tasks = Set(rating.credits.map(\.task.id)).count
        lines.append(
          l.pick(vi: "Xếp loại một lần cho cả năm", en: "One rating for the year") + " ("
            + l.pick(
              vi:
                "\(rating.rows.count) tư cách, \(tasks) nhiệm vụ, mỗi nhiệm vụ tính một lần",
              en:
                "\(rating.rows.count) capacit\(rating.rows.count == 1 ? "y" : "ies"), \(tasks) task\(tasks == 1 ? "" : "s"), each counted once"
            ) + "):")
        lines += merged(rating)
        lines += periods(rating.score.periods)
        let share = rating.score.taskShare.map { String(format: "%.4f", $0) } ?? "—"
        let maximum = String(format: "%g", policy.taskPointsMax)
        lines.append(
          "  "
            + l.pick(
              vi: "Trung bình các kỳ \(share) × \(maximum)",
              en: "Average of the periods \(share) × \(maximum)")
            + " = \(number(rating.taskScore))"
            + (rating.total.map { String(format: " + %g = %.2f", rating.generalPoints ?? 0, $0) }
              ?? "")
            + (rating.band.map { " → " + l.pick(vi: $0.vi, en: $0.en) } ?? ""))
        let status = status(rating)
        if !status.isEmpty { lines.append("  " + status) }
        // The quota the table flags is said here too: a council reads one person's page
        // (trial: the table flagged the chair beyond the quota, his explanation did not).
        lines += flags(quotaBreaches.filter { $0.beyondKeys.contains(rating.key) })
          .map { "  " + $0 }
        return lines.joined(separator: "\n")
      }.joined(separator: "\n\n")
  }

  /// For each task charged more than once (handed on after a missed deadline): that its
  /// charges are one product, in which period, and how many delays it carries.
  ///
  /// Trial: the charges were listed with their own scores above, and the one product below
  /// read as if the missed one had been dropped.
  func merged(_ rating: Evaluation.Rating) -> [String] {
    let l = language
    let charged = Dictionary(grouping: rating.credits, by: \.task.id).filter { $0.value.count > 1 }
    return charged.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { id in
      let key = id.rawValue + " "
      guard
        let (period, product) = rating.score.periods.lazy.compactMap({ period in
          period.products.first { $0.task.hasPrefix(key) }.map { (period.period, $0) }
        }).first
      else { return nil }
      let count = charged[id]?.count ?? 0
      return "  "
        + l.pick(
          vi:
            "\(id): \(count) lần chịu trách nhiệm, một sản phẩm: tính vào \(period.label(l)) (hạn cuối \(product.due.display)), với \(product.delays) lần chậm do các hạn đã lỡ.",
          en:
            "\(id): \(count) charges, one product: counted in \(period.label(l)) (last deadline \(product.due.display)), with \(product.delays) delay(s) from the deadlines missed."
        )
    }
  }

  /// A tenure's role, marked when the head was acting, as `head view` marks it (trial: the
  /// evaluation showed an acting head as the substantive one).
  func role(_ tenure: Tenure) -> String { tenure.roleShown(language) }

  /// Every task that counted for the rows' person, with its credit and deciding events.
  public func explain(_ rows: [Evaluation.Row]) -> String {
    let l = language
    guard !rows.isEmpty else {
      return l.pick(
        vi: "Người này không đứng đầu đơn vị nào trong năm \(year).",
        en: "This person headed no unit in \(year).")
    }
    var lines: [String] = []
    for row in rows {
      // Written to the last day in office, as `head view` writes it (trial: this showed the
      // successor's first day as the end).
      let span = row.tenure.span(on: day, language: l)
      lines.append(
        "\(row.tenure.person) — \(role(row.tenure)), \(row.tenure.unit) (\(span)), "
          + row.capacity.label(l))
      for credit in row.credits {
        let outcome = label(credit)
        let kind =
          credit.isObligation
          ? l.pick(vi: "nghĩa vụ báo cáo", en: "reporting obligation")
          : l.pick(vi: "hạn", en: "due")
        // A deadline the plan wrote unreadably is said so, never "no deadline" or "ongoing".
        let none =
          credit.task.record.deadlineUnread == true
          ? DeadlineText(language: l).describe(credit.task)
          : l.pick(vi: "không hạn", en: "no deadline")
        var when = credit.due.map { "\(kind) \($0.display)" } ?? none
        // A recurring obligation's share names every period it answers for (trial: a head's
        // two quarters read as "31/03/2027", the first quarter only).
        if credit.isObligation, let due = credit.due {
          let days =
            credit.periodDays ?? credit.task.periodsOwed(in: due.year).map(\.period.due)
          if days.count > 1 {
            let listed = days.map(\.display).joined(separator: ", ")
            when = l.pick(
              vi: "\(kind), \(days.count) kỳ hạn \(listed)",
              en: "\(kind), \(days.count) periods due \(listed)")
          }
        }
        var line =
          "  \(credit.task.id)  \(when): \(outcome)"
        if let departure = credit.view.charge.departure {
          line += " (\(credit.view.lead), \(departure.label(l)))"
        }
        if credit.majorErrors > 0 {
          line +=
            credit.objectiveCause.map { cause in
              l.pick(
                vi: "; \(credit.majorErrors) lỗi lớn, nguyên nhân khách quan (\(cause)): không trừ",
                en:
                  "; \(credit.majorErrors) major error(s), objective cause (\(cause)): no deduction"
              )
            }
            ?? l.pick(
              vi: "; \(credit.majorErrors) lỗi lớn: trừ điểm chất lượng",
              en: "; \(credit.majorErrors) major error(s): quality points lost")
        }
        if credit.extensions > 0 {
          line += l.pick(
            vi: "; \(credit.extensions) lần gia hạn, \(credit.extensionsCounted) được tính",
            en: "; \(credit.extensions) extension(s), \(credit.extensionsCounted) counted")
        }
        if !credit.decidedBy.isEmpty {
          line +=
            l.pick(vi: "; sự kiện ", en: "; events ")
            + credit.decidedBy.map { "#\($0)" }.joined(separator: ", ")
        }
        lines.append(line)
        for sentence in ExplanationText(language: l, day: day).sentences(credit.view) {
          lines.append("      " + sentence)
        }
        let judged = product(credit)
        if !judged.isEmpty { lines.append(judged) }
      }
      lines += periods(row.periods)
      lines.append(
        "  " + l.pick(vi: "Điểm nhiệm vụ", en: "Task score") + ": "
          + (row.taskScore.map { String(format: "%.2f", $0) }
            ?? l.pick(vi: "chưa tính được", en: "not scored yet")))
      lines.append(
        "  " + l.pick(vi: "Điểm chung", en: "General points") + ": "
          + (row.generalPoints.map { String(format: "%g", $0) }
            ?? l.pick(vi: "chưa ghi (chờ đánh giá)", en: "not recorded (pending)")))
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// How a task ended, in words; obligations are reported rather than completed.
  private func label(_ credit: TaskCredit) -> String {
    let l = language
    switch (credit.outcome, credit.isObligation) {
    case (.onTime, true): return l.pick(vi: "báo cáo đúng hạn", en: "reported on time")
    case (.late, true): return l.pick(vi: "báo cáo trễ", en: "reported late")
    // Overdue when one period went unreported, whatever the others (trial: "not reported" for
    // an obligation with 11 reports of 12).
    case (.overdue, true):
      return l.pick(vi: "có kỳ chưa báo cáo", en: "a period not reported")
    case (.notScored, _):
      return l.pick(vi: "không chấm điểm", en: "not scored")
    default: return Bucket(rawValue: credit.outcome.rawValue)?.label(l) ?? credit.outcome.rawValue
    }
  }

  /// The conditions that forced a rating, after its band: " — kỷ luật (QĐ 15/QĐ-UBND)".
  public func conditions(_ recorded: [ConditionRecorded]) -> String {
    guard !recorded.isEmpty else { return "" }
    let l = language
    return " — "
      + recorded.map {
        "\($0.label(l)) (\(l.pick(vi: "quyết định", en: "decision")) \($0.decision))"
      }.joined(separator: "; ")
  }

  /// Why a row has no band yet.
  public func pending(_ reasons: [AnnualScore.Pending]) -> String {
    let l = language
    if reasons.contains(.leaderCriteria) {
      return l.pick(vi: "chờ tiêu chí lãnh đạo", en: "pending leader criteria")
    }
    if reasons.contains(.generalPoints) {
      return l.pick(vi: "chờ điểm chung", en: "pending general points")
    }
    return l.pick(vi: "chưa có sản phẩm", en: "no products")
  }

  public func number(_ value: Double?) -> String {
    value.map { String(format: "%.2f", $0) } ?? "—"
  }
}
