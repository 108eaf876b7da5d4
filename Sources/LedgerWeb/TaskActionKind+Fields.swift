extension TaskActionKind {
  /// The JSON members a write of this kind accepts, as `Schemas/openapi.yaml` describes its
  /// body: any other member is refused, so that a misspelt field is never silently dropped.
  var fields: Set<String> {
    let common: Set<String> = ["on", "expect_version"]
    switch self {
    case .starts, .acknowledgements: return common.union(["by"])
    case .reports: return common.union(["text", "percent", "doc", "by", "annual"])
    case .explanations: return common.union(["text", "doc", "by"])
    case .completions: return common.union(["result", "evidence", "by"])
    case .extensions: return common.union(["to", "reason", "approved_by"])
    case .reassignments: return common.union(["lead", "reason", "due"])
    case .cancellations, .pauses, .resumptions: return common.union(["reason"])
    case .explanationRequests: return common.union(["due", "reason", "by"])
    case .amendments:
      return common.union([
        "title", "role", "role_unit", "result", "support", "no_support", "reason", "decision",
      ])
    case .corrections: return ["on", "position", "reason"]
    }
  }

  /// The members a write of this kind must carry, as the `required:` list of its request
  /// schema in `Schemas/openapi.yaml` says; one missing is refused before anything is decided.
  ///
  /// A completion requires nothing, as `task complete` takes neither `--result` nor
  /// `--evidence` as required.
  var requiredFields: Set<String> {
    switch self {
    case .reports, .explanations: return ["text"]
    case .extensions: return ["to", "reason"]
    case .reassignments: return ["lead", "reason"]
    case .explanationRequests: return ["due"]
    case .amendments: return ["reason"]
    case .corrections: return ["position", "reason"]
    case .starts, .acknowledgements, .completions, .cancellations, .pauses, .resumptions:
      return []
    }
  }
}
