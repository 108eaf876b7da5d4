/// The evaluation policy shipped with the binary, exactly as
/// `Schemas/evaluation-policy.v1.json` (a test checks).
public enum ShippedPolicy {
  public static let json = #"""
    {
      "version": "nd335-2025.v2",
      "source": "Nghị định 335/2025/NĐ-CP (đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức), in force 01/01/2026",
      "general_points_max": 30,
      "task_points_max": 70,
      "timeliness_share": 0.3333333333,
      "late_timeliness_deduction": 0.25,
      "overdue_credit": 0,
      "quality_share": 0.3333333333,
      "major_error_quality_deduction": 0.25,
      "excellent_quota_of_good": 0.2,
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
        "A product is judged on quantity, quality and timeliness, a third each (an interpretation: the decree names three measures without weights). A delivered product gets full quantity credit; its quality credit is full unless a review (`clearledger task review`) finds major errors: each costs 25% of the quality points, unless an objective cause is certified (credit 1 - 1/3 x 0.25 per error).",
        "Each late product loses 25% of its timeliness points, as the decree says: credit 1 - 1/3 x 0.25 = 0.9167.",
        "A task not completed by its deadline (overdue) earns nothing; a task not yet due at the evaluation date is listed but not scored.",
        "An extension granted on or before the deadline that counts moves it; one granted after it has passed is shown as such but does not excuse the lateness (an interpretation). Every view (status, unit and head views, check, yearly, evaluate) judges lateness by this same rule.",
        "A yearly obligation, and ongoing work with a yearly reporting day, is met on time by the report filed as the year's (`report --annual`) or the completion, dated between 1 January and that day of the year; later in the year it is late; none is overdue. Other progress reports do not meet it.",
        "Ongoing work without a reporting day has no deadline and is not scored.",
        "A task cancelled (or ended by a superseding plan) before its deadline counts for no one; one ended after its deadline stays overdue for the unit that led it then.",
        "Blame is fixed at the deadline: a task not completed by its deadline is charged to the lead unit and role holders of that day; a later reassignment does not move it, and the new lead answers only for its own deadline (`reassign --due`).",
        "Credit follows the holder who did the work: a task completed on or before its deadline is credited to whoever held the role on the completion day; one not completed by its deadline is charged to whoever held it on the deadline. Work without a deadline is listed for every holder during their tenure, not scored.",
        "A role is held in a unit: the task's role unit (`--role-unit`), the unit its title names, or its lead unit; never another unit's holder of the same title.",
        "Decree 335 rates a person once a year: one task score over every task they answer for in any capacity or unit, counted once. A unit where those rated excellent exceed 20% of those rated good is flagged.",
        "The general criteria (30 points) are a person's judgement, recorded with `clearledger evaluate score` as an event; without them the evaluation is pending."
      ]
    }
    """#
}
