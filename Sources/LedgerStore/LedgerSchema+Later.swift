/// The ledger's later migrations (v7 onwards), each identical to its file in `Schemas/`.
extension LedgerSchema {
  /// Migration v7, identical to `Schemas/ledger.v7.sql`.
  static let v7 = #"""
    -- ClearLedger SQL schema, migration v7. A shipped migration is never edited.

    -- People (`clearledger person add`): each registered under a staff code in a stream of their
    -- own, `person:CODE`, so two people of one name are told apart. The events table's CHECK on
    -- stream names gains that form, rewritten in place as migration v6 does (no row is touched;
    -- every existing row satisfies the looser check). The migration bumps schema_version after
    -- this text runs.
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema
      SET sql = replace(sql, 'OR stream GLOB ''account:?*''',
        'OR stream GLOB ''account:?*'' OR stream GLOB ''person:?*''')
      WHERE type = 'table' AND name = 'events';
    PRAGMA writable_schema = OFF;
    """#

  /// Migration v8, identical to `Schemas/ledger.v8.sql`.
  static let v8 = #"""
    -- ClearLedger SQL schema, migration v8. A shipped migration is never edited.

    -- A head's staff code (`head.appointed` v2 carries it when the person is registered), so that
    -- two heads of one name are told apart in the views and the evaluation. Appointments recorded
    -- under v1 of that event, or of a person known only by name, have none.
    ALTER TABLE tenures ADD COLUMN person_code TEXT;

    -- Tenures projected before this migration take the code their appointment recorded.
    UPDATE tenures SET person_code = (
      SELECT json_extract(payload, '$.code') FROM events WHERE position = tenures.appointed_at);
    """#

  /// Migration v9, identical to `Schemas/ledger.v9.sql`.
  static let v9 = #"""
    -- ClearLedger SQL schema, migration v9. A shipped migration is never edited.

    -- Recurring reporting obligations (`task.assigned` v4): a task's deadline can be monthly,
    -- quarterly or half-yearly, each period's report due on the period's last day, or on
    -- `period_day` of the period's last month when the plan names a day. Both the state now
    -- (`tasks`) and the state over time (`task_timeline`) keep the day. The columns are added
    -- first; then the tasks table's CHECK on deadline_kind gains the three kinds, rewritten in
    -- place as migration v6 does (no row is touched; every existing row satisfies the looser
    -- check). The migration bumps schema_version after this text runs.
    ALTER TABLE tasks ADD COLUMN period_day INTEGER
      CHECK (period_day IS NULL OR period_day BETWEEN 1 AND 31);
    ALTER TABLE task_timeline ADD COLUMN period_day INTEGER;
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema
      SET sql = replace(sql, 'CHECK (deadline_kind IN (''date'', ''ongoing'', ''yearly''))',
        'CHECK (deadline_kind IN (''date'', ''ongoing'', ''yearly'', ''monthly'', ''quarterly'', ''half_yearly''))')
      WHERE type = 'table' AND name = 'tasks';
    PRAGMA writable_schema = OFF;
    """#

  /// Migration v10, identical to `Schemas/ledger.v10.sql`.
  static let v10 = #"""
    -- ClearLedger SQL schema, migration v10. A shipped migration is never edited.

    -- The perfect subtrees of the RFC 6962 Merkle tree over the events' hashes (`checkpoint`,
    -- `prove`): the hash of 2^level leaves starting at leaf idx·2^level, for level 1 and up (a
    -- leaf, level 0, is read from its event). A checkpoint adds the subtrees its new events
    -- complete, so an inclusion or consistency proof reads O(log² n) rows instead of every event.
    -- Derived from the log, never the record: a proof is checked against its checkpoint's root
    -- before it is given, so a table out of step with the events is refused, not believed.
    CREATE TABLE merkle_nodes (
      level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 62),
      idx INTEGER NOT NULL CHECK (idx >= 0),
      hash BLOB NOT NULL CHECK (length(hash) = 32),
      PRIMARY KEY (level, idx)
    ) STRICT, WITHOUT ROWID;
    """#

  /// Migration v11, identical to `Schemas/ledger.v11.sql`.
  static let v11 = #"""
    -- ClearLedger SQL schema, migration v11. A shipped migration is never edited.

    -- Evidence files (a scanned decision, minutes, photos) attached to reports, completions and
    -- explanations (`--attach`), addressed by the SHA-256 of their bytes. Append-only like the
    -- events: a file is never updated or deleted; the same bytes are kept once. The events
    -- (`task.evidence_attached`) name each file's name, size and hash; `verify` rehashes every file.
    CREATE TABLE attachments (
      sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
      size INTEGER NOT NULL CHECK (size BETWEEN 0 AND 10485760),
      content BLOB NOT NULL CHECK (length(content) = size)
    ) STRICT, WITHOUT ROWID;

    CREATE TRIGGER attachments_are_never_updated BEFORE UPDATE ON attachments
    BEGIN
      SELECT RAISE(ABORT, 'clearledger: attachments are append-only: a file is never updated');
    END;

    CREATE TRIGGER attachments_are_never_deleted BEFORE DELETE ON attachments
    BEGIN
      SELECT RAISE(ABORT, 'clearledger: attachments are append-only: a file is never deleted');
    END;
    """#

  /// Migration v12, identical to `Schemas/ledger.v12.sql`.
  static let v12 = #"""
    -- ClearLedger SQL schema, migration v12. A shipped migration is never edited.

    -- The office's real year: an acting head (`head.appointed` v3, "Quyền Trưởng phòng") answers as
    -- the head for that time and is shown as acting; a unit dissolved or merged into another
    -- (`unit.dissolved`, `unit.merged`) keeps its rows, with the day it ended and the unit it joined.
    -- Rows projected before this migration are of substantive heads and of units that exist.
    ALTER TABLE tenures ADD COLUMN acting INTEGER CHECK (acting IS NULL OR acting = 1);
    ALTER TABLE units ADD COLUMN closed_on TEXT;
    ALTER TABLE units ADD COLUMN merged_into TEXT;
    """#

  /// Migration v13, identical to `Schemas/ledger.v13.sql`.
  static let v13 = #"""
    -- ClearLedger SQL schema, migration v13. A shipped migration is never edited.

    -- A unit's former names (`UnitState.formerNames`): a plan or a role title written before a
    -- rename ("Trưởng phòng Kinh tế" after "Phòng Kinh tế" became "Phòng Kinh tế - Hạ tầng") still
    -- names the unit. A JSON array of the names it bore before its current one, oldest first; NULL
    -- when it was never renamed. Rows projected before this migration are filled from the log: the
    -- registered name and every rename not retracted by a correction, other than the current name.
    ALTER TABLE units ADD COLUMN former_names TEXT
      CHECK (former_names IS NULL OR json_valid(former_names));

    UPDATE units SET former_names = (
      SELECT json_group_array(name) FROM (
        SELECT json_extract(e.payload, '$.name') AS name, min(e.position) AS first
        FROM events AS e
        WHERE e.stream = 'unit:' || units.code
          AND e.type IN ('unit.registered', 'unit.renamed')
          AND NOT EXISTS (
            SELECT 1 FROM events AS c
            WHERE c.stream = e.stream AND c.type = 'event.corrected'
              AND json_extract(c.payload, '$.retracts') = e.position)
          AND json_extract(e.payload, '$.name') IS NOT units.name
        GROUP BY name ORDER BY first))
    WHERE EXISTS (
      SELECT 1 FROM events AS r WHERE r.stream = 'unit:' || units.code AND r.type = 'unit.renamed');

    UPDATE units SET former_names = NULL WHERE former_names = '[]';
    """#
}
