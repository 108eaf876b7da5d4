import LedgerCore
import LedgerReports

/// Renders the accountability views as text for people.
struct BoardText {
  let language: Language
  let day: LocalDate
  /// The moment asked with `--known-at`, as people write it (`TimeOptions.knownAtShown`):
  /// every answer then says it is as known then (trial: a printed copy could not be told from
  /// a current view).
  var knownAt: String? = nil

  /// "As known at 01/04/2026." before views that have no heading line; nil without
  /// `--known-at`.
  var knownAtLine: String? { knownAt.map { KnownAtText.line($0, language) } }

  /// The status table: one row per task.
  ///
  /// With `sources` (one per row, as the hub gathers them) each row starts with its source,
  /// and the total says how many sources there are. `before` is how many lines there were
  /// before the filters asked for: an empty answer then says that nothing matched them, not
  /// that there is no task.
  ///
  /// `heading` replaces the first line ("Status on DAY"), for sources judged on different days.
  /// `filtered` says a filter was asked for when `before` is not known (the hub filters as it
  /// reads): an empty answer then says nothing matched, not that there is no task.
  func status(
    _ tasks: [TaskView], sources: [String]? = nil, before: Int = 0, heading: String? = nil,
    filtered: Bool = false
  ) -> String {
    let l = language
    guard !tasks.isEmpty else {
      if before == 0, filtered {
        return l.pick(
          vi: "Không dòng nào khớp điều kiện đã hỏi.", en: "No line matches what was asked.")
      }
      guard before > 0 else { return l.pick(vi: "Chưa có nhiệm vụ nào.", en: "No tasks yet.") }
      return l.pick(
        vi: "Không dòng nào khớp điều kiện đã hỏi (không lọc thì có \(before) dòng).",
        en: "No line matches what was asked (\(before) without the filters).")
    }
    let sourced = sources?.count == tasks.count ? sources : nil
    var table = TextTable(
      headers: (sourced == nil ? [] : [l.pick(vi: "Nguồn", en: "Source")]) + [
        l.pick(vi: "Mã", en: "Id"), l.pick(vi: "Nội dung", en: "Task"),
        l.pick(vi: "Chủ trì", en: "Lead"), l.pick(vi: "Hạn", en: "Due"),
        l.pick(vi: "Trạng thái", en: "Status"), l.pick(vi: "Phân loại", en: "Bucket"),
        l.pick(vi: "Người chịu trách nhiệm", en: "Accountable"),
      ])
    for (index, view) in tasks.enumerated() {
      let head = view.headLabel ?? l.pick(vi: "chưa rõ người", en: "nobody named")
      table.rows.append(
        (sourced.map { [$0[index]] } ?? []) + [
          view.task.id.rawValue, TextTable.shorten(view.task.title, to: 44),
          view.leadLabel(l), due(view),
          view.statusLabel(l), view.charge.label(l),
          view.headRole.isEmpty ? head : "\(head) (\(view.headRole))",
        ])
    }
    let count = sourced.map { LineCount(tasks, sources: $0) } ?? LineCount(tasks)
    var total = totals(tasks, count: count)
    if let sourced {
      let count = Set(sourced).count
      total += l.pick(vi: " · nguồn: \(count)", en: " · sources: \(count)")
    }
    if let note = count.note(l) { total += "\n(" + note + ")" }
    return (heading ?? header()) + "\n" + table.render() + "\n\n" + total
  }

  /// One unit's view: tasks led and supported, counted by bucket, then listed.
  func unit(_ view: UnitView) -> String {
    let l = language
    let lines = [
      "\(view.unit.name) [\(view.unit.code)]",
      l.pick(vi: "  Chủ trì: ", en: "  Leads: ") + summary(view.led),
      l.pick(vi: "  Phối hợp: ", en: "  Supports: ") + summary(view.supported),
    ]
    return (lines + taskLines(view.led + view.supported)).joined(separator: "\n")
  }

  /// One person's view in one capacity.
  func head(_ view: HeadView) -> String {
    let l = language
    let tenure = view.tenure
    let lines = [
      "\(tenure.personLabel) — \(tenure.roleShown(l)), \(tenure.unit) (\(tenure.span(on: day, language: l)))",
      "  " + view.capacity.label(l).capitalizedFirst + ": " + summary(view.tasks),
    ]
    return (lines + taskLines(view.tasks)).joined(separator: "\n")
  }

  /// "3 — 1 completed on time, 2 overdue", or "0"; "4 lines for 3 tasks — …" when a task has
  /// a line for an earlier charge.
  private func summary(_ tasks: [TaskView]) -> String {
    tasks.isEmpty ? "0" : LineCount(tasks).text(language) + " — " + counts(tasks)
  }

  /// The tasks as aligned, indented lines: id, bucket, title.
  private func taskLines(_ tasks: [TaskView]) -> [String] {
    guard !tasks.isEmpty else { return [] }
    var table = TextTable(headers: ["", "", ""])
    for view in tasks {
      table.rows.append([
        view.task.id.rawValue, view.charge.label(language),
        TextTable.shorten(view.task.title, to: 60),
      ])
    }
    let rows = table.render().split(separator: "\n").dropFirst(2).map { "    " + $0 }
    let explained = ExplanationText(language: language, day: day)
    return zip(rows, tasks).flatMap { row, view in
      [row] + explained.sentences(view).map { "        " + $0 }
    }
  }

  /// The deadline in force, marked when it was extended; for an earlier lead, the deadline
  /// that counted for it.
  private func due(_ view: TaskView) -> String {
    DeadlineText(language: language).line(view)
  }

  private func header() -> String {
    language.pick(vi: "Tình hình ngày \(day.display)", en: "Status on \(day.display)")
      + (knownAt.map { KnownAtText.suffix($0, language) } ?? "")
  }

  /// "2 completed on time, 1 overdue" — only the buckets that have tasks.
  func counts(_ tasks: [TaskView]) -> String {
    let counts = tasks.countByBucket()
    let parts = Bucket.allCases.compactMap { bucket in
      counts[bucket].map { "\($0) \(bucket.label(language))" }
    }
    return parts.isEmpty ? "0" : parts.joined(separator: " · ")
  }

  /// "Total: 3 — …", or, when a task has a line for an earlier charge, "Total: 4 lines for 3
  /// tasks — …".
  private func totals(_ tasks: [TaskView], count: LineCount) -> String {
    language.pick(vi: "Tổng: ", en: "Total: ") + count.text(language) + " — " + counts(tasks)
  }
}

extension String {
  /// The string with its first letter upper-cased.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
