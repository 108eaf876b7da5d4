/// The evaluation policy shipped with the binary, exactly as
/// `Schemas/evaluation-policy.v1.json` (a test checks).
enum ShippedPolicy {
  static let json = #"""
    {
      "version": "nd335-2025.v1",
      "source": "Nghị định 335/2025/NĐ-CP (đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức), in force 01/01/2026",
      "general_points_max": 30,
      "task_points_max": 70,
      "timeliness_share": 0.3333333333,
      "late_timeliness_deduction": 0.25,
      "overdue_credit": 0,
      "extension_granted_before_deadline_moves_it": true,
      "extension_granted_after_deadline_moves_it": false,
      "ongoing_without_reporting_day_counts": false,
      "bands": [
        { "min": 90, "code": "excellent", "vi": "Hoàn thành xuất sắc nhiệm vụ", "en": "Excellent" },
        { "min": 70, "code": "good", "vi": "Hoàn thành tốt nhiệm vụ", "en": "Good" },
        { "min": 50, "code": "completed", "vi": "Hoàn thành nhiệm vụ", "en": "Completed" },
        { "min": 0, "code": "not_completed", "vi": "Không hoàn thành nhiệm vụ", "en": "Not completed" }
      ],
      "notes": [
        "Task part (70 points) = 70 x the average credit of the tasks a head answers for in the year.",
        "A product is judged on quantity, quality and timeliness; the ledger knows delivery and dates, not quality, so a delivered product gets full quantity and quality credit (an interpretation).",
        "Timeliness is a third of a product's credit (an interpretation: the decree names three measures without weights). Each late product loses 25% of its timeliness points, as the decree says: credit 1 - 1/3 x 0.25 = 0.9167.",
        "A task not completed by its deadline (overdue) earns nothing; a task not yet due at the evaluation date is listed but not scored.",
        "An extension granted on or before the deadline in force moves the deadline; one granted after it has passed is shown but does not excuse the lateness (an interpretation).",
        "A yearly obligation, and ongoing work with a yearly reporting day, is met on time by a progress report (or completion) dated between 1 January and that day of the year; later in the year it is late; none is overdue.",
        "Ongoing work without a reporting day has no deadline and is not scored.",
        "Cancelled tasks, and open tasks a superseding plan ended, count for no one.",
        "A task belongs to whoever held the role on its due day (its deadline in force, or the year's obligation day): a mid-year hand-over splits the tasks by due day.",
        "The general criteria (30 points) are a person's judgement, recorded with `clearledger evaluate score` as an event; without them the evaluation is pending."
      ]
    }
    """#
}
