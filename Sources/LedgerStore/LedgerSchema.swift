import GRDB

/// The ledger's SQL schema, as migrations.
///
/// A shipped migration is never edited; the text of
/// each is also in `Schemas/` (a test checks they agree).
enum LedgerSchema {
  /// Migration v1, identical to `Schemas/ledger.v1.sql`.
  static let v1 = #"""
    -- ClearLedger SQL schema, migration v1. A shipped migration is never edited.
    -- The event log is the truth; every other table is a projection that `clearledger rebuild`
    -- can drop and replay from the log.

    CREATE TABLE ledger_meta (
      key TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE events (
      position INTEGER PRIMARY KEY,
      stream TEXT NOT NULL
        CHECK (stream GLOB 'task:?*' OR stream GLOB 'unit:?*' OR stream GLOB 'plan:?*'
          OR stream GLOB 'evaluation:?*'),
      version INTEGER NOT NULL CHECK (version >= 1),
      type TEXT NOT NULL CHECK (length(type) > 0),
      schema_version INTEGER NOT NULL CHECK (schema_version >= 1),
      effective TEXT NOT NULL CHECK (effective GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
      recorded TEXT NOT NULL
        CHECK (recorded GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9]Z'),
      actor TEXT NOT NULL CHECK (length(actor) > 0),
      payload TEXT NOT NULL CHECK (json_valid(payload)),
      prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
      hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
      UNIQUE (stream, version)
    ) STRICT;

    CREATE INDEX events_by_recorded ON events (recorded);

    CREATE TRIGGER events_are_never_updated BEFORE UPDATE ON events
    BEGIN
      SELECT RAISE(ABORT, 'clearledger: the event log is append-only: an event is never updated; record a correction instead');
    END;

    CREATE TRIGGER events_are_never_deleted BEFORE DELETE ON events
    BEGIN
      SELECT RAISE(ABORT, 'clearledger: the event log is append-only: an event is never deleted; record a correction instead');
    END;

    CREATE TRIGGER events_extend_the_log BEFORE INSERT ON events
    WHEN NEW.position IS NOT (SELECT coalesce(max(position), 0) + 1 FROM events)
      OR NEW.prev_hash IS NOT coalesce(
        (SELECT hash FROM events ORDER BY position DESC LIMIT 1),
        '0000000000000000000000000000000000000000000000000000000000000000')
      OR NEW.version IS NOT (SELECT coalesce(max(version), 0) + 1 FROM events WHERE stream = NEW.stream)
      OR NEW.recorded < coalesce((SELECT recorded FROM events ORDER BY position DESC LIMIT 1), '')
    BEGIN
      SELECT RAISE(ABORT, 'clearledger: an event must extend the log: next position, hash of the last event, next stream version, recorded time not before the last');
    END;

    CREATE TABLE units (
      code TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL UNIQUE,
      registered_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE tenures (
      unit TEXT NOT NULL,
      from_date TEXT NOT NULL,
      until_date TEXT,
      person TEXT NOT NULL,
      role TEXT NOT NULL,
      role_key TEXT NOT NULL,
      appointed_at INTEGER NOT NULL,
      PRIMARY KEY (unit, from_date),
      CHECK (until_date IS NULL OR until_date > from_date)
    ) STRICT;

    CREATE INDEX tenures_by_role ON tenures (role_key, from_date);

    CREATE TABLE tasks (
      id TEXT PRIMARY KEY NOT NULL,
      title TEXT NOT NULL,
      head_role TEXT NOT NULL,
      head_role_key TEXT NOT NULL,
      lead_unit TEXT NOT NULL,
      expected_result TEXT NOT NULL,
      deadline_kind TEXT NOT NULL CHECK (deadline_kind IN ('date', 'ongoing', 'yearly')),
      due TEXT,
      yearly_day INTEGER,
      yearly_month INTEGER,
      original_deadline TEXT NOT NULL CHECK (json_valid(original_deadline)),
      plan TEXT,
      reporting_day INTEGER,
      reporting_month INTEGER,
      source TEXT CHECK (source IS NULL OR json_valid(source)),
      status TEXT NOT NULL
        CHECK (status IN ('assigned', 'in_progress', 'paused', 'completed', 'cancelled', 'superseded')),
      assigned_on TEXT NOT NULL,
      started_on TEXT,
      completed_on TEXT,
      completion_result TEXT,
      completion_evidence TEXT,
      completion_by TEXT,
      cancelled_on TEXT,
      paused_on TEXT,
      status_reason TEXT,
      last_report_on TEXT,
      report_count INTEGER NOT NULL CHECK (report_count >= 0),
      extension_count INTEGER NOT NULL CHECK (extension_count >= 0),
      last_position INTEGER NOT NULL,
      CHECK ((deadline_kind = 'date') = (due IS NOT NULL)),
      CHECK ((deadline_kind = 'yearly') = (yearly_day IS NOT NULL AND yearly_month IS NOT NULL)),
      CHECK ((status = 'completed') = (completed_on IS NOT NULL))
    ) STRICT;

    CREATE TABLE task_units (
      task_id TEXT NOT NULL,
      unit TEXT NOT NULL,
      capacity TEXT NOT NULL CHECK (capacity IN ('lead', 'support')),
      PRIMARY KEY (task_id, unit)
    ) STRICT;

    CREATE INDEX task_units_by_unit ON task_units (unit, capacity);

    CREATE INDEX tasks_by_plan ON tasks (plan);

    -- The state of each task over both times: from valid_from to valid_to (effective days, as
    -- day numbers since 1970-01-01, valid_to exclusive), as known from position known_from to
    -- known_to (exclusive). 2147483647 means "still". A read of a day as known at a moment is a
    -- point query on the R*Tree index.
    CREATE TABLE task_timeline (
      id INTEGER PRIMARY KEY,
      task_id TEXT NOT NULL,
      valid_from INTEGER NOT NULL,
      valid_to INTEGER NOT NULL,
      known_from INTEGER NOT NULL,
      known_to INTEGER NOT NULL,
      supporting TEXT NOT NULL,
      title TEXT NOT NULL,
      head_role TEXT NOT NULL,
      head_role_key TEXT NOT NULL,
      lead_unit TEXT NOT NULL,
      expected_result TEXT NOT NULL,
      deadline_kind TEXT NOT NULL,
      due TEXT,
      yearly_day INTEGER,
      yearly_month INTEGER,
      original_deadline TEXT NOT NULL,
      plan TEXT,
      reporting_day INTEGER,
      reporting_month INTEGER,
      source TEXT,
      status TEXT NOT NULL,
      assigned_on TEXT NOT NULL,
      started_on TEXT,
      completed_on TEXT,
      completion_result TEXT,
      completion_evidence TEXT,
      completion_by TEXT,
      cancelled_on TEXT,
      paused_on TEXT,
      status_reason TEXT,
      last_report_on TEXT,
      report_count INTEGER NOT NULL,
      extension_count INTEGER NOT NULL,
      last_position INTEGER NOT NULL,
      CHECK (valid_from < valid_to AND known_from < known_to)
    ) STRICT;

    CREATE INDEX task_timeline_open ON task_timeline (task_id, known_to, valid_from);

    CREATE VIRTUAL TABLE task_timeline_index USING rtree_i32 (
      id, valid_from, valid_to, known_from, known_to
    );

    CREATE TABLE plans (
      id TEXT PRIMARY KEY NOT NULL,
      number TEXT UNIQUE,
      title TEXT NOT NULL,
      issuer TEXT,
      issued TEXT,
      reporting_day INTEGER,
      reporting_month INTEGER,
      supersedes TEXT,
      digest TEXT NOT NULL,
      registered_at INTEGER NOT NULL
    ) STRICT;
    """#

  /// Migration v2, identical to `Schemas/ledger.v2.sql`.
  static let v2 = #"""
    -- ClearLedger SQL schema, migration v2. A shipped migration is never edited.

    -- Facts imported from another system (`clearledger events import --foreign`) carry their
    -- source's identity in the payload's `origin` member. This index finds such a fact by its
    -- source and id, so that importing the same export again skips what is already here. It
    -- covers only events that have an origin.
    CREATE INDEX events_by_origin ON events (
      json_extract(payload, '$.origin.source'),
      json_extract(payload, '$.origin.id')
    ) WHERE instr(payload, '"origin":') > 0;

    -- The timeline rows still known (known_to is "still"), by task and first day. A read of a
    -- past day as known now seeks one row per task here instead of searching the R*Tree, and an
    -- append finds the row it splits. A row leaves this index when it is closed, so the index
    -- stays the size of what is known now, and rows written already closed never enter it.
    DROP INDEX task_timeline_open;
    CREATE INDEX task_timeline_current ON task_timeline (task_id, valid_from)
      WHERE known_to = 2147483647;
    """#

  /// Migration v3, identical to `Schemas/ledger.v3.sql`.
  static let v3 = #"""
    -- ClearLedger SQL schema, migration v3. A shipped migration is never edited.

    -- Who answers for a task: the unit in which its head role is held (`task assign --role-unit`),
    -- and its accountability record (JSON: the lead units in turn with the day each took it and
    -- its own first deadline, every extension with the day it was granted, the days of the
    -- reports filed as the year's). Both are parts of the task's state, so the state now (`tasks`)
    -- and the state over time (`task_timeline`) keep them. A ledger written before this migration
    -- has them empty until `clearledger rebuild` replays its log.
    ALTER TABLE tasks ADD COLUMN role_unit TEXT;
    ALTER TABLE tasks ADD COLUMN record TEXT CHECK (record IS NULL OR json_valid(record));
    ALTER TABLE task_timeline ADD COLUMN role_unit TEXT;
    ALTER TABLE task_timeline ADD COLUMN record TEXT;
    """#

  /// Migration v4, identical to `Schemas/ledger.v4.sql`.
  static let v4 = #"""
    -- ClearLedger SQL schema, migration v4. A shipped migration is never edited.

    -- `INSERT OR REPLACE` resolves a clash on the unique hash by deleting the older event, and a
    -- deletion made that way fires no DELETE trigger. The log refuses any event whose hash it
    -- already holds before the clash is resolved, so no insert can remove an event. (The position
    -- and the stream version cannot clash: `events_extend_the_log` admits only the next ones.)
    CREATE TRIGGER events_are_never_replaced BEFORE INSERT ON events
    WHEN EXISTS (SELECT 1 FROM events WHERE hash = NEW.hash)
    BEGIN
      SELECT RAISE(ABORT, 'clearledger: the event log is append-only: an event is never replaced; its hash is already in the log');
    END;
    """#

  /// Migration v5, identical to `Schemas/ledger.v5.sql`.
  static let v5 = #"""
    -- ClearLedger SQL schema, migration v5. A shipped migration is never edited.

    -- Signed events and an honest clock. Three members join the envelope, NULL on every event
    -- recorded before: the key id of the key that signed it, the Ed25519 signature (base64) over
    -- the event's hash input, and 'fixed' when it was recorded with a fixed clock
    -- (CLEARLEDGER_NOW). An event with a signer or a clock marker is hashed with the v2 layout,
    -- which covers both; an event without them hashes exactly as before, so no hash changes.
    ALTER TABLE events ADD COLUMN signer TEXT
      CHECK (signer IS NULL OR (length(signer) = 16 AND signer NOT GLOB '*[^0-9a-f]*'));
    ALTER TABLE events ADD COLUMN signature TEXT
      CHECK ((signature IS NULL) = (signer IS NULL));
    ALTER TABLE events ADD COLUMN clock TEXT CHECK (clock IS NULL OR clock = 'fixed');

    -- Two new kinds of stream: a person's signing key (key:KEYID) and a ledger policy
    -- (policy:NAME). SQLite cannot change a CHECK constraint in place; this widens the one on
    -- `stream`, which every stored row already meets, by SQLite's documented procedure for
    -- schema changes that do not touch stored content. The table's rows, indexes and triggers
    -- stay as they are.
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema
    SET sql = replace(sql, 'OR stream GLOB ''evaluation:?*''',
      'OR stream GLOB ''evaluation:?*'' OR stream GLOB ''key:?*'' OR stream GLOB ''policy:?*''')
    WHERE type = 'table' AND name = 'events';
    PRAGMA writable_schema = RESET;

    -- Points of the log that were checked, and signed checkpoints. `size` events ended with the
    -- hash `last_hash`. A write, a rebuild and an export first check the chain from the last of
    -- these; `root` (the RFC 6962 Merkle root of the first `size` event hashes) and `note` (the
    -- checkpoint signed by the ledger's own key, C2SP signed-note format) are set on checkpoints
    -- made by `clearledger checkpoint`.
    CREATE TABLE checkpoints (
      size INTEGER PRIMARY KEY CHECK (size >= 0),
      last_hash TEXT NOT NULL CHECK (length(last_hash) = 64),
      root TEXT CHECK (root IS NULL OR length(root) = 64),
      note TEXT,
      made TEXT NOT NULL
    ) STRICT;
    """#

  /// Migration v6, identical to `Schemas/ledger.v6.sql`.
  static let v6 = #"""
    -- ClearLedger SQL schema, migration v6. A shipped migration is never edited.

    -- Web accounts (`clearledger account add`, `clearledger serve`). An account's opening, role
    -- changes and disabling are events in its own stream, `account:USERNAME`. The events table's
    -- CHECK on stream names gains that form; SQLite cannot alter a CHECK, so the table's stored
    -- definition is rewritten in place (the documented procedure for loosening a constraint: no
    -- row is touched, every existing row satisfies the looser check). The migration bumps
    -- schema_version after this text runs.
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema
      SET sql = replace(sql, 'OR stream GLOB ''policy:?*''',
        'OR stream GLOB ''policy:?*'' OR stream GLOB ''account:?*''')
      WHERE type = 'table' AND name = 'events';
    PRAGMA writable_schema = OFF;

    -- Password hashes (bcrypt) are kept out of the event log: an event is never deleted, and a
    -- hash must be replaceable and never exported. One row per account that has a password.
    CREATE TABLE account_passwords (
      username TEXT PRIMARY KEY NOT NULL CHECK (length(username) BETWEEN 2 AND 40),
      hash TEXT NOT NULL CHECK (hash GLOB '$2[aby]$[0-9][0-9]$*'),
      changed_at TEXT NOT NULL
    ) STRICT;
    """#

  /// The migrator: SQL only, no application types.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(sql: v1)
    }
    migrator.registerMigration("v2") { db in
      try db.execute(sql: v2)
    }
    migrator.registerMigration("v3") { db in
      try db.execute(sql: v3)
    }
    migrator.registerMigration("v4") { db in
      try db.execute(sql: v4)
    }
    migrator.registerMigration("v5") { db in
      try db.execute(sql: v5)
    }
    migrator.registerMigration("v6") { db in try rewritingSchema(v6, in: db) }
    migrator.registerMigration("v7") { db in try rewritingSchema(v7, in: db) }
    migrator.registerMigration("v8") { db in
      try db.execute(sql: v8)
    }
    migrator.registerMigration("v9") { db in try rewritingSchema(v9, in: db) }
    migrator.registerMigration("v10") { db in
      try db.execute(sql: v10)
    }
    migrator.registerMigration("v11") { db in
      try db.execute(sql: v11)
    }
    migrator.registerMigration("v12") { db in
      try db.execute(sql: v12)
    }
    migrator.registerMigration("v13") { db in
      try db.execute(sql: v13)
    }
    return migrator
  }

  /// Runs a migration that rewrites a table's stored definition in place, then moves the
  /// schema's version on: the rewritten definition takes effect once the version moves on.
  private static func rewritingSchema(_ sql: String, in db: Database) throws {
    let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
    try db.execute(sql: sql)
    try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
  }
}
