import LedgerCore

/// Which slice of a long list one page shows, "Page 2 of 18", and the links to its neighbours.
struct ListPage {
  /// The positions of the list this page shows.
  var range: Range<Int>
  /// Nil when the whole list fits on one page.
  var label: String?
  var previous: String?
  var next: String?

  /// Page `page` (from 1) of a list of `count` items, `size` a page.
  ///
  /// `link` makes the URL of another page of the same list. A page past the last is a page
  /// that is not there (404), never an empty list (trial: "Trang 4/3" with no rows).
  init(
    count: Int, page: Int, size: Int = TaskFilter.pageSize, language: Language,
    link: (Int) -> String
  ) throws {
    let pages = max(1, (count + size - 1) / size)
    guard page <= pages else {
      throw WebFailure(
        status: .notFound, code: "no_such_page",
        vi: "Không có trang \(page): danh sách có \(pages) trang.",
        en: "There is no page \(page): the list has \(pages) page\(pages == 1 ? "" : "s").")
    }
    let first = min((page - 1) * size, count)
    range = first..<min(first + size, count)
    label =
      pages > 1 ? language.pick(vi: "Trang \(page)/\(pages)", en: "Page \(page) of \(pages)") : nil
    previous = page > 1 ? link(page - 1) : nil
    next = page < pages ? link(page + 1) : nil
  }
}
