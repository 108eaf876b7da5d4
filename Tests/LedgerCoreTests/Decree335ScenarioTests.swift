import LedgerCore
import LedgerTestSupport
import Testing

/// Scenarios worked by hand from Decree 335's rules (Article 14: a, b, c; each delay or major
/// error −25 % of that product's progress or quality; Article 15: leaders' d, đ, e; Article 21:
/// the year is the average of its periods; bands 90/70/50 on the total as printed).
@Suite("Decree 335 scenarios worked by hand")
struct Decree335ScenarioTests {
  let rules = Decree335Rules()
  let bands: [EvaluationPolicy.Band] = [
    .init(min: 90, code: "excellent", vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Excellent"),
    .init(min: 70, code: "good", vi: "Hoàn thành tốt nhiệm vụ", en: "Good"),
    .init(min: 50, code: "completed", vi: "Hoàn thành nhiệm vụ", en: "Completed"),
    .init(min: 0, code: "not_completed", vi: "Không hoàn thành nhiệm vụ", en: "Not completed"),
  ]

  /// A product due on a day, delivered in full unless said otherwise.
  func product(
    _ task: String, due: String, weight: Double = 1, assigned: Double = 1, delivered: Double = 1,
    delays: Int = 0, excusedDelays: Int = 0, errors: Int = 0, excusedErrors: Int = 0
  ) -> ScoredProduct {
    ScoredProduct(
      task: task, due: Fixtures.day(due), weight: weight, assigned: assigned,
      delivered: delivered, delays: delays, excusedDelays: excusedDelays, majorErrors: errors,
      excusedErrors: excusedErrors)
  }

  func score(
    _ products: [ScoredProduct], general: Double, leader: LeaderCriteria? = nil,
    isLeader: Bool = false, conditions: [String] = []
  ) -> AnnualScore {
    AnnualScore(
      products: products, leader: isLeader ? { _ in leader } : nil, generalPoints: general,
      conditions: conditions, rules: rules, bands: bands)
  }

  @Test("One product on time: a = b = c = 100 %, 70 + 28 = 98.00, excellent")
  func onTime() {
    let year = score([product("A", due: "30/06/2026")], general: 28)
    #expect(year.total == 98)
    #expect(year.band == "excellent")
  }

  @Test("One delay costs 25 % of that product's progress: 64.17 + 25 = 89.17, good")
  func oneDelay() {
    let year = score([product("A", due: "30/06/2026", delays: 1)], general: 25)
    #expect(year.periods.first?.progress == 0.75)
    #expect(year.total == 89.17)
    #expect(year.band == "good")
  }

  @Test("Missing the deadline and then the extension is two delays: progress 50 %, 83.33")
  func twoDelays() {
    let year = score([product("A", due: "31/07/2026", delays: 2)], general: 25)
    #expect(year.periods.first?.progress == 0.5)
    #expect(year.total == 83.33)
  }

  @Test("A product never delivered scores nothing on a, b or c: 0 + 25 = 25.00, not completed")
  func neverDone() {
    let year = score([product("A", due: "30/06/2026", delivered: 0, delays: 1)], general: 25)
    #expect(year.taskPoints == 0)
    #expect(year.total == 25)
    #expect(year.band == "not_completed")
  }

  @Test("The year is the average of its quarters: 0, 100, 100, 100 % → 52.50 + 28 = 80.50, good")
  func unevenQuarters() {
    var products = [product("Q1", due: "31/03/2026", delivered: 0, delays: 1)]
    for (index, due) in [
      "30/04/2026", "31/05/2026", "30/06/2026", "31/07/2026", "31/08/2026",
      "30/09/2026", "31/10/2026", "30/11/2026", "31/12/2026",
    ].enumerated() {
      products.append(product("T\(index)", due: due))
    }
    let year = score(products, general: 28)
    #expect(year.periods.map(\.period.number) == [1, 2, 3, 4])
    #expect(year.total == 80.5)
    #expect(year.band == "good")
  }

  @Test(
    "A leader adds d, đ, e: (a+b+c+d+đ+e)/6 × 70 with a = b = 60 %, c = 55 %, general 27",
    arguments: [
      (LeaderCriteria.full, 82.42, "good"),
      (LeaderCriteria(unitResults: 0.5, organising: 1, unity: 1), 76.58, "good"),
      (LeaderCriteria(unitResults: 1, organising: 0.5, unity: 1), 76.58, "good"),
      (LeaderCriteria(unitResults: 0.5, organising: 0.5, unity: 0.5), 64.92, "completed"),
    ])
  func leader(criteria: LeaderCriteria, total: Double, band: String) {
    // 2 on time, 1 late, 2 never delivered, all in Q2
    let products = [
      product("A", due: "30/04/2026"), product("B", due: "30/05/2026"),
      product("C", due: "30/06/2026", delays: 1),
      product("D", due: "30/06/2026", delivered: 0, delays: 1),
      product("E", due: "30/06/2026", delivered: 0, delays: 1),
    ]
    let year = score(products, general: 27, leader: criteria, isLeader: true)
    #expect(year.total == total)
    #expect(year.band == band)
    // The non-leader formula would give 67.83, which the decree does not apply to a leader
    #expect(score(products, general: 27).total == 67.83)
  }

  @Test("A leader without d, đ, e is pending, never scored with the non-leader formula")
  func leaderPending() {
    let year = score([product("A", due: "30/06/2026")], general: 28, isLeader: true)
    #expect(year.pending == [.leaderCriteria])
    #expect(year.total == nil)
    #expect(year.band == nil)
  }

  @Test("Partial quantity: 8 of 10 certificates on time scores 80 % on a, b and c: 56 + 28 = 84")
  func partialQuantity() {
    let year = score(
      [product("A", due: "30/06/2026", assigned: 10, delivered: 8)], general: 28)
    #expect(year.total == 84)
  }

  @Test("Products weigh as converted: weight 3 on time and 1 never done give 75 %, not 50 %")
  func conversion() {
    let weighted = score(
      [
        product("A", due: "30/06/2026", weight: 3),
        product("B", due: "30/06/2026", delivered: 0, delays: 1),
      ], general: 28)
    #expect(weighted.total == 80.5)
    let equal = score(
      [product("A", due: "30/06/2026"), product("B", due: "30/06/2026", delivered: 0, delays: 1)],
      general: 28)
    #expect(equal.total == 63)
  }

  @Test("Two capacities, rated once: a product answered for twice counts once")
  func twoCapacities() {
    // As head of VHXH (A, on time) and as acting chair (B, late; A again as its accountable head)
    let year = score(
      [
        product("A", due: "30/06/2026"), product("B", due: "30/06/2026", delays: 1),
        product("A", due: "30/06/2026"),
      ], general: 28)
    // a = b = 100 %, c = (1 + 0.75) / 2 = 87.5 % → 67.08 + 28 = 95.08
    #expect(year.periods.first?.products.count == 2)
    #expect(year.total == 95.08)
  }

  @Test("The band is decided on the total as printed: 89.995 prints 90.00 and is excellent")
  func roundingAtNinety() {
    // 34 products: 10 on time, 23 late, 1 never done; general 26
    var products: [ScoredProduct] = []
    for index in 0..<10 { products.append(product("O\(index)", due: "30/06/2026")) }
    for index in 0..<23 { products.append(product("L\(index)", due: "30/06/2026", delays: 1)) }
    products.append(product("N", due: "30/06/2026", delivered: 0, delays: 1))
    let year = score(products, general: 26)
    #expect(year.total == 90)
    #expect(year.band == "excellent")
  }

  @Test("A major error costs 25 % of quality unless an objective cause excuses it")
  func majorError() {
    #expect(score([product("A", due: "30/06/2026", errors: 1)], general: 25).total == 89.17)
    #expect(
      score([product("A", due: "30/06/2026", errors: 1, excusedErrors: 1)], general: 25).total
        == 95)
  }

  @Test("An excused delay costs nothing")
  func excusedDelay() {
    let year = score(
      [product("A", due: "30/06/2026", delays: 1, excusedDelays: 1)], general: 25)
    #expect(year.total == 95)
  }

  @Test("A condition forces 'not completed' whatever the points, and says which")
  func condition() {
    let year = score(
      [product("A", due: "30/06/2026")], general: 28, conditions: ["discipline 12/QĐ-UBND"])
    #expect(year.bandByPoints == "excellent")
    #expect(year.band == "not_completed")
    #expect(year.conditions == ["discipline 12/QĐ-UBND"])
  }

  @Test("At most 20 % of those rated good or better keep 'excellent'; the lowest totals go first")
  func quota() {
    let people = [
      (key: "a", total: 95.0, band: "excellent"), (key: "b", total: 92.0, band: "excellent"),
      (key: "c", total: 91.0, band: "excellent"), (key: "d", total: 80.0, band: "good"),
      (key: "e", total: 75.0, band: "good"), (key: "f", total: 71.0, band: "good"),
      (key: "g", total: 60.0, band: "completed"),
    ]
    let outcome = ExcellenceQuota.apply(people, share: 0.2)
    #expect(outcome.allowed == 1)
    #expect(outcome.beyond == ["c", "b"])
    #expect(outcome.tied.isEmpty)
  }

  @Test("A tie at the quota's last place is named, so the council decides (trial: settled by name)")
  func quotaTie() {
    let people = [
      (key: "long", total: 97.0, band: "excellent"), (key: "hung", total: 97.0, band: "excellent"),
      (key: "phuc", total: 97.004, band: "excellent"), (key: "lan", total: 96.0, band: "excellent"),
      (key: "d", total: 80.0, band: "good"),
    ]
    let outcome = ExcellenceQuota.apply(people, share: 0.2)
    #expect(outcome.allowed == 1)
    // 97.004 prints as 97.00: the three are tied as the reader sees them; 96 is not.
    #expect(outcome.tied == ["phuc", "hung", "long"])
    #expect(outcome.beyond.count == 3)
    // A last place the totals settle is no tie.
    let clear = ExcellenceQuota.apply(
      people.map { ($0.key, $0.key == "phuc" ? 98.0 : $0.total, $0.band) }, share: 0.2)
    #expect(clear.tied.isEmpty)
  }
}

extension Decree335ScenarioTests {
  @Test(
    "A task reassigned after its deadline is one product for a person who answers for both charges: one delay, delivered in the end"
  )
  func reassignedTaskIsOneProduct() throws {
    // The chair answers for A1 at VHXH (missed 31/03) and at KT (met 30/06)
    let missed = product("A1@VHXH", due: "31/03/2026", delivered: 0, delays: 1)
    let met = product("A1@KT", due: "30/06/2026")
    let one = try #require(ScoredProduct.merged([missed, met], excusedDelays: 0))
    #expect(one.due == Fixtures.day("30/06/2026"))
    #expect(one.quantity == 1)
    #expect(one.progress(deduction: 0.25) == 0.75)
    // As a leader with d, đ, e at 100 %: (1 + 1 + 0.75 + 3) / 6 × 70 + 27 = 94.08, not two
    // products averaged over two quarters (79.50)
    let year = score([one], general: 27, leader: .full, isLeader: true)
    #expect(year.total == 94.08)
    // An excused delay is excused once, however many charges carry it
    #expect(ScoredProduct.merged([missed, met], excusedDelays: 3)?.excusedDelays == 1)
  }
}
