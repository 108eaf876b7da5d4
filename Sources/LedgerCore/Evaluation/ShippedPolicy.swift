/// The evaluation policy shipped with the binary, exactly as
/// `Schemas/evaluation-policy.v4.json` (a test checks).
public enum ShippedPolicy {
  public static let json = #"""
    {
      "version": "nd335-2025.v4",
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
        {
          "min": 90,
          "code": "excellent",
          "vi": "Hoàn thành xuất sắc nhiệm vụ",
          "en": "Excellent"
        },
        {
          "min": 70,
          "code": "good",
          "vi": "Hoàn thành tốt nhiệm vụ",
          "en": "Good"
        },
        {
          "min": 50,
          "code": "completed",
          "vi": "Hoàn thành nhiệm vụ",
          "en": "Completed"
        },
        {
          "min": 0,
          "code": "not_completed",
          "vi": "Không hoàn thành nhiệm vụ",
          "en": "Not completed"
        }
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
        "Decree 335 rates a person once a year: one rating over every product they answer for in any capacity or unit, counted once.",
        "The general criteria (30 points) are a person's judgement, recorded with `clearledger evaluate score` as an event; without them the evaluation is pending.",
        "The earlier scoring (nd335-2025.v2, Schemas/evaluation-policy.v1.json: pooled credits over the year, thirds of credit) is kept as history and no longer used."
      ],
      "period": "quarter",
      "delay_progress_deduction": 0.25,
      "quota_action": "flag",
      "quota_scope": "body",
      "rules": [
        {
          "rule": "Task part = 70 points; general criteria = 30 points; total = task part + general points, rounded to 2 decimals as printed.",
          "article": "Articles 13 and 14",
          "reading": "The band is decided on the printed total (89.995 prints 90.00 and is excellent); JSON carries the same number."
        },
        {
          "rule": "Each product is scored on quantity a (delivered / assigned), quality b and progress c, averaged over the period's products weighted by their conversion weight.",
          "article": "Article 14",
          "reading": "A product without a stated quantity is one unit of weight 1; a completed product is fully delivered. A recurring reporting obligation (monthly, quarterly, half-yearly) is one product of the year counted in periods: those due by the day evaluated are assigned, those reported in their period delivered, and each report after its period's day is a delay."
        },
        {
          "rule": "Each unexcused delay costs 25% of that product's progress points, down to zero.",
          "article": "Article 14",
          "reading": "Per product: every deadline in force the product missed counts as a delay — the unit's own deadline, then each extension granted while it led the task; an extension granted on or before the deadline replaces it, one granted after it has passed does not undo the missed deadline. A product never completed keeps no quantity, hence no quality or progress."
        },
        {
          "rule": "Each unexcused major error found by review costs 25% of that product's quality points.",
          "article": "Article 14",
          "reading": "The last review (`task review`) counts; an objective cause certified with it excuses all its errors."
        },
        {
          "rule": "A delay excused by the competent authority for an objective cause costs nothing.",
          "article": "Article 14",
          "reading": "Recorded per delay with `task excuse-delay`; never more excused than missed."
        },
        {
          "rule": "A leader's task score adds unit results d, organising đ and unity e, each 100% or 50%: (a+b+c+d+đ+e)/6 x 70.",
          "article": "Article 15",
          "reading": "Every head of a unit is a leader. d, đ, e are recorded with `evaluate leader` (for the year or one period; a period's own judgement wins). Without them the head is pending, never scored by the non-leader formula. The facts' proposal is shown in --explain, not used: d from the ratings of the heads of the units whose tasks name the leader (100 when at least 70 % of those rated are rated completed or better, 50 otherwise; from the leader's own products when none is rated), đ from the products on time without an unexcused major error (at least 70 %), e never (a judgement of the collective)."
        },
        {
          "rule": "The year is the average of its periods (quarters by default, or months).",
          "article": "Article 21",
          "reading": "A period is scored on the products due in it (by the deadline that counts for the unit); a product running past its period stays in the period it was due in, judged on the day evaluated with every delay it has accrued. Periods without products are left out of the average."
        },
        {
          "rule": "Bands: from 90 excellent, from 70 good, from 50 completed, below not completed.",
          "article": "Article 21",
          "reading": "On the printed total."
        },
        {
          "rule": "Conditions (discipline, sanctioned violations, criminal liability) force 'Không hoàn thành nhiệm vụ' whatever the points.",
          "article": "Article 21",
          "reading": "Recorded with `evaluate condition`; every output names them."
        },
        {
          "rule": "At most 20% of those rated good or better may be rated excellent.",
          "article": "Article 21",
          "reading": "Counted over the whole body that rates (quota_scope 'body': every person the ledger rates, as the decree counts an agency's staff; 'unit' counts each unit apart, the people heading it or named in its tasks, which makes a lone head's excellent always exceed it); allowed = floor(0.2 x number good or better), kept by highest total. quota_action 'flag' lists the units beyond it; 'demote' moves the lowest totals beyond it to good."
        },
        {
          "rule": "Judgements dated after the day asked are left out.",
          "article": "Article 21 (timing)",
          "reading": "`--as-of DAY` leaves out general points, leaders' criteria and conditions effective after DAY; without --as-of every judgement recorded counts."
        }
      ]
    }
    """#
}
