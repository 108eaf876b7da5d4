extension TaskState {
  /// Folds a task stream's events into the task's state; nil when no assignment counts.
  public static func fold(_ events: [RecordedEvent]) -> TaskState? {
    Retractions.activeFacts(in: events).reduce(nil) { state, recorded in
      evolve(state, with: recorded)
    }
  }

  /// Applies one fact to the state, as its event type declares (`EventPayload.evolve`).
  ///
  /// Total: facts were checked when decided, so every fact is
  /// applied as stated, even when a correction has since removed the one before it.
  public static func evolve(_ state: TaskState?, with recorded: RecordedEvent) -> TaskState? {
    recorded.event.payload.evolve(state, by: recorded)
  }
}
