import LedgerCore

/// Which slice of a long list one page shows, "Page 2 of 18", and the links to its neighbours.
struct ListPage {
  /// The positions of the list this page shows.
  var range: Range<Int>
  /// Nil when the whole list fits on one page.
  var label: String?
  var previous: String?
  var next: String?

  /// Page `page` (from 1) of a list of `count` items, `size` a page; `link` makes the URL of
  /// another page of the same list.
  init(
    count: Int, page: Int, size: Int = TaskFilter.pageSize, language: Language,
    link: (Int) -> String
  ) {
    let first = min((page - 1) * size, count)
    range = first..<min(first + size, count)
    let pages = max(1, (count + size - 1) / size)
    label =
      pages > 1 ? language.pick(vi: "Trang \(page)/\(pages)", en: "Page \(page) of \(pages)") : nil
    previous = page > 1 ? link(page - 1) : nil
    next = page < pages ? link(page + 1) : nil
  }
}
