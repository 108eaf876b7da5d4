/// One row of a status list (every bucket's or one bucket's), with what orders it within its
/// source: its task's sort key and its place among the task's views.
struct ListedRow {
  var key: String
  var index: Int
  var row: String
}
