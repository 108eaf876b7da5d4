import LedgerCore

/// Many sources' files taken at once (`hub ingest --dir`): each file in its own transaction,
/// on as many connections as are given, the outcomes in the files' order.
///
/// The files are read and checked ahead (`PreparedFile`, each on a task of its own) while the
/// hub writes others; each connection writes one file at a time, so PostgreSQL works on as
/// many files as there are connections. Files of different sources touch different rows; the
/// one check that reads another source's rows — a first ingest whose first event another
/// source holds (`historyOfAnotherSource`) — is kept in the files' order: a file starting with
/// the same first event as a file still being written waits for it, so the later file is
/// refused exactly as when the files are taken one after another. A file whose first line may
/// be a checkpoint (read only once its source is known) waits for every file before it, and
/// the files after it wait for it. The outcomes are those of taking the files one by one, in
/// order, on one connection.
public struct FolderIngest: Sendable {
  /// One file of the folder: its source, and how to read and check it.
  public struct File: Sendable {
    public var source: String
    public var prepare: @Sendable () throws -> PreparedFile

    public init(source: String, prepare: @escaping @Sendable () throws -> PreparedFile) {
      self.source = source
      self.prepare = prepare
    }
  }

  /// What became of one file: taken, or refused with its reason.
  public enum Outcome: Sendable {
    case taken(IngestResult)
    case refused(source: String, LedgerError)
  }

  /// The connections the files are written on (at least one).
  let hubs: [Hub]
  /// How many files are read and checked ahead of those being written.
  let readAhead: Int

  public init(hubs: [Hub], readAhead: Int) {
    precondition(!hubs.isEmpty, "FolderIngest needs a connection")
    self.hubs = hubs
    self.readAhead = max(1, readAhead)
  }

  /// What keeps two files from being written at once.
  private enum Order: Equatable {
    /// A first ingest's first event: no other file with the same one at the same time.
    case firstEvent(String)
    /// Not known before the source is: no other file at the same time.
    case alone
    /// Nothing: any other file may be written beside it.
    case free

    func conflicts(with other: Order) -> Bool {
      switch (self, other) {
      case (.free, _), (_, .free): false
      case (.alone, _), (_, .alone): true
      case (.firstEvent(let a), .firstEvent(let b)): a == b
      }
    }

    init(_ file: PreparedFile) {
      if file.pending != nil {
        self = .alone
      } else if let first = file.parsed.first, first.event.position == 1 {
        self = .firstEvent(first.event.hash)
      } else {
        self = .free
      }
    }
  }

  /// What a connection's task hands back: the file, its connection, and its outcome or an
  /// error that is not a refusal.
  private struct Done: Sendable {
    var index: Int
    var lane: Int
    var outcome: Result<Outcome, any Error>
  }

  /// Takes every file; the outcomes in the files' order.
  ///
  /// An error that is not a refusal (none is expected: the hub's errors are refusals) stops
  /// the taking of further files, and the first such error in the files' order is thrown once
  /// the files being written are done.
  public func run(_ files: [File]) async throws -> [Outcome] {
    var outcomes = [Outcome?](repeating: nil, count: files.count)
    var failures: [(index: Int, error: any Error)] = []
    var reading: [Task<Result<PreparedFile, any Error>, Never>?] = []
    let hubs = hubs
    try await withThrowingTaskGroup(of: Done.self) { group in
      var free = Array(hubs.indices.reversed())
      var writing: [Int: Order] = [:]
      func settle(_ done: Done) {
        free.append(done.lane)
        writing[done.index] = nil
        switch done.outcome {
        case .success(let outcome): outcomes[done.index] = outcome
        case .failure(let error): failures.append((done.index, error))
        }
      }
      for (index, file) in files.enumerated() {
        guard failures.isEmpty else { break }
        while reading.count < min(files.count, index + 1 + readAhead) {
          let prepare = files[reading.count].prepare
          reading.append(Task.detached { Result { try prepare() } })
        }
        let task = reading[index]
        reading[index] = nil
        let prepared: PreparedFile
        switch await task?.value {
        case .success(let file): prepared = file
        case .failure(let error as LedgerError):
          outcomes[index] = .refused(source: file.source, error)
          continue
        case .failure(let error):
          failures.append((index, error))
          continue
        case nil: continue
        }
        let order = Order(prepared)
        while free.isEmpty || writing.values.contains(where: { $0.conflicts(with: order) }) {
          guard let done = try await group.next() else { break }
          settle(done)
        }
        guard failures.isEmpty, let lane = free.popLast() else { break }
        writing[index] = order
        let hub = hubs[lane]
        let source = file.source
        group.addTask {
          do {
            let result = try await hub.ingest(source: source, prepared: prepared)
            return Done(index: index, lane: lane, outcome: .success(.taken(result)))
          } catch let error as LedgerError {
            return Done(
              index: index, lane: lane, outcome: .success(.refused(source: source, error)))
          } catch {
            return Done(index: index, lane: lane, outcome: .failure(error))
          }
        }
      }
      while let done = try await group.next() { settle(done) }
    }
    for task in reading { task?.cancel() }
    if let first = failures.min(by: { $0.index < $1.index }) { throw first.error }
    return outcomes.compactMap { $0 }
  }
}
