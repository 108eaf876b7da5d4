import LedgerCore

/// `due --json`: the day, the window, and per person the tasks to be reminded of.
struct DueJSON: Encodable {
  struct Item: Encodable {
    var task: String
    var title: String
    var leadUnit: String
    var due: String
    var daysLeft: Int
    var stage: String
    var bucket: String
    var capacity: String?
    var lastReportOn: String?

    init(_ item: DueList.Item, withCapacity: Bool) {
      task = item.view.task.id.rawValue
      title = item.view.task.title
      leadUnit = item.view.lead.rawValue
      due = item.due.iso
      daysLeft = item.daysLeft
      stage = item.stage.rawValue
      bucket = item.view.bucket.rawValue
      capacity = withCapacity ? item.capacity.rawValue : nil
      lastReportOn = item.view.task.lastReportOn?.iso
    }
  }

  struct Person: Encodable {
    var person: String
    var code: String?
    var tasks: [Item]
  }

  var day: String
  var withinDays: Int
  var people: [Person]
  var unanswered: [Item]

  init(_ list: DueList) {
    day = list.day.iso
    withinDays = list.within
    people = list.groups.map {
      Person(
        person: $0.person, code: $0.code,
        tasks: $0.items.map { Item($0, withCapacity: true) })
    }
    unanswered = list.unanswered.map { Item($0, withCapacity: false) }
  }
}
