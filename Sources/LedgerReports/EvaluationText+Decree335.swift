import Foundation
import LedgerCore

extension EvaluationText {
  /// A product's line: each deadline it was held to, judged, and what its delays and errors
  /// cost.
  public func product(_ credit: TaskCredit) -> String {
    let l = language
    guard let product = credit.product(on: day, excusedDelays: excused(credit)) else {
      return ""
    }
    let rules = policy.decree335
    var parts: [String] = []
    let deadlines = credit.deadlinesInForce(on: day)
    if !deadlines.isEmpty {
      parts.append(
        deadlines.map { deadline in
          let verdict =
            deadline.missed
            ? l.pick(vi: "trễ", en: "missed")
            : deadline.replaced
              ? l.pick(vi: "được gia hạn trước hạn", en: "extended in time")
              : deadline.notYetDue
                ? l.pick(vi: "chưa đến hạn", en: "not yet due")
                : l.pick(vi: "đạt", en: "met")
          let granted =
            deadline.grantedOn.map {
              l.pick(vi: " (gia hạn ngày \($0.display))", en: " (extended on \($0.display))")
            } ?? ""
          return "\(deadline.due.display)\(granted) \(verdict)"
        }.joined(separator: " → "))
    }
    // The product's own a, b, c, each worked out: the period averages them (trial: "progress
    // −25%" for a product never delivered, which scores c 0%, could not be checked by hand).
    let unexcused = max(0, product.delays - product.excusedDelays)
    let delayCut = percent(min(1, rules.delayDeduction * Double(unexcused)))
    let a = percent(product.quantity)
    let c = percent(product.progress(deduction: rules.delayDeduction))
    parts.append(
      l.pick(
        vi:
          "số lượng \(format(product.delivered))/\(format(product.assigned)) → a \(a); \(product.delays) lần chậm (\(product.excusedDelays) được miễn) → tiến độ −\(delayCut): c = \(a) × (1 − \(delayCut)) = \(c)",
        en:
          "quantity \(format(product.delivered))/\(format(product.assigned)) → a \(a); \(product.delays) delay(s) (\(product.excusedDelays) excused) → progress −\(delayCut): c = \(a) × (1 − \(delayCut)) = \(c)"
      ))
    let errors = max(0, product.majorErrors - product.excusedErrors)
    let errorCut = percent(min(1, rules.majorErrorDeduction * Double(errors)))
    let b = percent(product.quality(deduction: rules.majorErrorDeduction))
    parts.append(
      product.majorErrors > 0
        ? l.pick(
          vi: "chất lượng −\(errorCut): b = \(a) × (1 − \(errorCut)) = \(b)",
          en: "quality −\(errorCut): b = \(a) × (1 − \(errorCut)) = \(b)")
        : "b = a = \(b)")
    return "      " + parts.joined(separator: "; ")
  }

  /// Delays excused on a task, counted from the events that decided it.
  private func excused(_ credit: TaskCredit) -> Int {
    excusedDelays[credit.task.id] ?? 0
  }

  /// The periods of a score: a, b, c (and d, đ, e for a leader) and the period's share.
  public func periods(_ periods: [PeriodScore]) -> [String] {
    let l = language
    return periods.map { period in
      var text =
        "  \(period.period.label(l)): a \(percent(period.quantity)), b \(percent(period.quality)), c \(percent(period.progress))"
      if let leader = period.leader {
        text +=
          ", d \(percent(leader.unitResults)), đ \(percent(leader.organising)), e \(percent(leader.unity))"
        text += String(format: " → (a+b+c+d+đ+e)/6 = %.4f", period.share)
      } else {
        text +=
          l.pick(vi: ", d đ e chưa ghi", en: ", d đ e not recorded")
          + String(format: " → (a+b+c)/3 = %.4f", period.share)
      }
      return text
        + l.pick(
          vi: " (\(period.products.count) sản phẩm)", en: " (\(period.products.count) product(s))")
    }
  }

  /// The person's criteria as recorded and as the facts propose them.
  public func criteria(_ rating: Evaluation.Rating) -> String {
    let l = language
    let recorded = rating.criteria.sorted { ($0.key ?? "") < ($1.key ?? "") }.map {
      period, judged in
      "\(period ?? l.pick(vi: "cả năm", en: "year")): d \(judged.unitResults)%, đ \(judged.organising)%, e \(judged.unity)%"
    }
    let people = rating.proposed.unitPeople
    let source =
      rating.proposed.unitResults == nil
      ? ""
      : people.isEmpty
        ? l.pick(vi: " (theo sản phẩm của chính người đó)", en: " (from their own products)")
        : l.pick(vi: " (theo xếp loại của ", en: " (from the ratings of ")
          + people.joined(separator: ", ") + ")"
    let proposed =
      "d \(rating.proposed.unitResults.map { "\($0)%" } ?? "—")\(source), đ \(rating.proposed.organising.map { "\($0)%" } ?? "—"), e —"
    return l.pick(
      vi: "Tiêu chí lãnh đạo (Điều 15) đã ghi: ", en: "Leader criteria (Article 15) recorded: ")
      + (recorded.isEmpty ? l.pick(vi: "chưa ghi", en: "none") : recorded.joined(separator: "; "))
      + l.pick(vi: "; dữ liệu đề xuất: ", en: "; the facts propose: ") + proposed
  }

  /// Why a rating is pending, or the conditions that forced it, in words.
  public func status(_ rating: Evaluation.Rating) -> String {
    let l = language
    var notes: [String] = rating.score.pending.map { $0.label(l) }
    notes += rating.conditions.map { condition in
      l.pick(
        vi: "\(condition.label(.vi)) (quyết định \(condition.decision)): Không hoàn thành nhiệm vụ",
        en: "\(condition.label(.en)) (decision \(condition.decision)): not completed")
    }
    if rating.demotedByQuota {
      notes.append(
        l.pick(
          vi: "vượt tỷ lệ xuất sắc của đơn vị: xếp Hoàn thành tốt",
          en: "beyond the unit's excellence quota: rated good"))
    }
    return notes.joined(separator: "; ")
  }

  public func percent(_ share: Double) -> String {
    String(format: "%g%%", Decree335Rules.rounded(share * 100))
  }

  private func format(_ value: Double) -> String { String(format: "%g", value) }
}
