extension String {
  /// This text cut to `width` characters, ending with "…" when cut.
  public func shortened(to width: Int) -> String {
    // Counting stops past the width: a long title is not walked to its end.
    prefix(width + 1).count <= width ? self : String(prefix(max(0, width - 1))) + "…"
  }
}
