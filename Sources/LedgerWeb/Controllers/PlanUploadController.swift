import Foundation
import Hummingbird
import LedgerCore
import LedgerStore
import OfficeDocuments
import PlanDocuments

/// `GET /plans/import`: the upload form; `POST /plans/import`: a plan file (.docx, .xlsx, CSV,
/// text) read and tried on a scratch copy, shown as `import --dry-run` shows it, nothing
/// written; `POST /plans/import/confirm`: the previewed file imported in one transaction,
/// recorded by the signed-in account (clerks and leaders: the `assign` permission).
struct PlanUploadController {
  let pages: Pages
  let ledger: Ledger
  let pending: PendingPlans

  func addRoutes(to router: Router<WebContext>) {
    let group = router.group("plans/import").allowing(.assign)
    group.get { _, context in
      try pages.html("planupload", PlanUploadPage(language: context.language), context: context)
    }
    group.post { request, context in
      guard let account = context.identity?.account else { throw WebFailure.signInRequired }
      var request = request
      let body = try await request.collectBody(upTo: MultipartForm.limit)
      let form = MultipartForm(
        contentType: request.headers[.contentType] ?? "", body: Data(buffer: body))
      if let chosen = form?["file"], chosen.data.isEmpty, let fileName = chosen.fileName,
        !fileName.isEmpty
      {
        throw WebFailure.badRequest(
          "Tệp “\(fileName)” rỗng (0 byte); không nhập gì. Hãy chọn tệp kế hoạch có nội dung.",
          "The file “\(fileName)” is empty (0 bytes); nothing was imported. Choose a plan file with content."
        )
      }
      guard let form, let file = form["file"], !file.data.isEmpty else {
        throw WebFailure.badRequest(
          "Hãy chọn tệp kế hoạch (.docx, .xlsx, .csv hoặc .txt).",
          "Choose a plan file (.docx, .xlsx, .csv or .txt).")
      }
      let name = (file.fileName ?? "ke-hoach") as NSString
      let parsed = try Self.parse(file.data, name: name.deletingPathExtension)
      let upload = PendingPlans.Upload(
        username: account.username.rawValue, fileName: file.fileName ?? "",
        parsed: parsed, options: try Self.options(form), effective: try Self.day(form.text("on")))
      let preview = try ledger.importPlan(
        parsed, options: upload.options, actor: WebRecorder.actor(for: account),
        effective: upload.effective, dryRun: true)
      let token = pending.keep(upload)
      return try pages.html(
        "planpreview",
        PlanPreviewPage(
          preview, fileName: upload.fileName, token: token, language: context.language),
        context: context)
    }
    group.post("confirm") { request, context in
      guard let account = context.identity?.account else { throw WebFailure.signInRequired }
      var request = request
      let form = FormFields(String(buffer: try await request.collectBody(upTo: 1 << 16)))
      if let token = form.text("token"), let file = pending.importedFile(token) {
        throw WebFailure(
          status: .conflict, code: "already_imported",
          vi: "Bản xem trước của tệp “\(file)” đã được nhập rồi; không nhập lại. Không ghi gì.",
          en:
            "The preview of “\(file)” was imported already; it is not imported again. Nothing was recorded."
        )
      }
      guard let token = form.text("token"),
        let upload = pending.upload(token, username: account.username.rawValue)
      else {
        throw WebFailure.badRequest(
          "Bản xem trước đã hết hạn; hãy tải tệp lên lại. Không ghi gì.",
          "The preview has expired; upload the file again. Nothing was recorded.")
      }
      let done = try ledger.importPlan(
        upload.parsed, options: upload.options, actor: WebRecorder.actor(for: account),
        effective: upload.effective, dryRun: false)
      pending.forget(token)
      return try pages.html(
        "planpreview",
        PlanPreviewPage(done, fileName: upload.fileName, token: "", language: context.language),
        context: context)
    }
  }

  /// The plan in an uploaded file, or the refusal `import` gives for such a file.
  static func parse(_ data: Data, name: String) throws -> ParsedPlan {
    do {
      return try PlanFile.parse(data, name: name)
    } catch let error as DocumentError {
      throw LedgerError.planFileRefused(path: name, problem: PlanFile.problem(error))
    }
  }

  /// The import's options from the form, as `import`'s flags give them.
  static func options(_ form: MultipartForm) throws -> PlanImportOptions {
    var reportingDay: DayOfYear?
    if let text = form.text("reporting_day") {
      guard case .yearly(let d, let m) = Deadline.yearly(parsing: text) else {
        throw LedgerError.invalidYearlyDate(text)
      }
      reportingDay = DayOfYear(day: d, month: m)
    }
    return PlanImportOptions(
      number: form.text("number"), issued: try day(form.text("issued")),
      prefix: form.text("prefix"), lenient: form.text("lenient") != nil,
      reportingDay: reportingDay)
  }

  static func day(_ text: String?) throws -> LocalDate? {
    guard let text else { return nil }
    guard let day = LocalDate(parsing: text) else { throw LedgerError.invalidDate(text) }
    return day
  }
}
