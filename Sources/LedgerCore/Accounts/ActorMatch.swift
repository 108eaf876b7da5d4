/// Whether an event's recorder is the person or account a reader names.
///
/// A name matches an actor written by hand ("Trần Thị Bình"), the person of an actor written
/// through the web ("Trần Thị Bình (web: binh.tt)"), and that account's username ("binh.tt");
/// the whole web actor matches too. Names are compared as a name typed to look something up is
/// (`VietnameseText.lookupMatches`): tone-mark placement, case and NFD do not matter, and a
/// name typed without marks finds the same letters.
public struct ActorMatch: Sendable {
  private let typed: String
  /// The registered person's name when `typed` is their staff code.
  private let named: String?

  /// A match for the name, username or whole actor a reader typed.
  public init(_ typed: String) {
    self.typed = typed
    self.named = nil
  }

  /// A match for what a reader typed, where a staff code also finds the name of the person who
  /// holds it (trial: `audit --actor PTT` found nothing, where `head view PTT` finds her).
  public init(_ typed: String, names: PersonNames) {
    self.typed = typed
    let person = PersonRegistered.code(typed).flatMap { _ in (try? names.match(typed)) ?? nil }
    self.named = person.flatMap { $0.code == PersonRegistered.code(typed) ? $0.name : nil }
  }

  /// Whether `event` was recorded by the person or account this match names: here, or in the
  /// source it was imported from.
  public func recorded(_ event: RecordedEvent) -> Bool {
    matches(event.actor) || (event.origin?.actor.map(matches) ?? false)
  }

  /// Whether `actor` was written by the person or account this match names.
  public func matches(_ actor: String) -> Bool {
    if let named, ActorMatch(named).matches(actor) { return true }
    if VietnameseText.lookupMatches(typed, actor) { return true }
    guard let web = WebRecorder.parse(actor) else { return false }
    return VietnameseText.lookupMatches(typed, web.person)
      || VietnameseText.matchKey(typed) == VietnameseText.matchKey(web.username)
  }
}
