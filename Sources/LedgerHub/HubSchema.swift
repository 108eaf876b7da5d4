/// The hub's schema as migrations, each applied once, in order, in its own transaction.
///
/// A migration that has shipped is never edited; a change is a new migration. Each is also in
/// `Schemas/hub/` as `hub.vN.sql` (a test checks they are the same text).
enum HubSchema {
  /// One versioned migration.
  struct Migration: Sendable {
    var version: Int
    var sql: String
  }

  /// Every migration, oldest first.
  static let migrations: [Migration] = [
    Migration(version: 1, sql: v1), Migration(version: 2, sql: v2),
    Migration(version: 3, sql: v3),
    Migration(version: 4, sql: v4),
    Migration(version: 5, sql: v5),
    Migration(version: 6, sql: v6),
    Migration(version: 7, sql: v7),
    Migration(version: 8, sql: v8),
    Migration(version: 9, sql: v9),
    Migration(version: 10, sql: v10),
  ]

  /// The newest version this program knows.
  static var latest: Int { migrations.last?.version ?? 0 }

  /// A migration's statements, one by one (the extended query protocol takes one at a time):
  /// split after each line ending in `;` that is outside a `$$`-quoted function body.
  static func statements(_ sql: String) -> [String] {
    var statements: [String] = []
    var current: [Substring] = []
    var quoted = false
    for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
      current.append(line)
      if line.components(separatedBy: "$$").count % 2 == 0 { quoted.toggle() }
      if !quoted && line.hasSuffix(";") {
        statements.append(current.joined(separator: "\n"))
        current = []
      }
    }
    let rest = current.joined(separator: "\n")
    if !rest.allSatisfy(\.isWhitespace) { statements.append(rest) }
    return statements
  }

  /// The bookkeeping table: which migrations this database has.
  static let bookkeeping = """
    CREATE TABLE IF NOT EXISTS hub_migrations (version integer PRIMARY KEY)
    """

  /// Migration v1, identical to `Schemas/hub/hub.v1.sql`.
  static let v1 = """
    -- The hub, migration 1: communes' ledgers gathered in one PostgreSQL database.
    --
    -- Every table that holds a source's facts has `source` first in its key: it is the
    -- distribution column a distributed PostgreSQL (Citus) would shard by, and every query the
    -- hub runs stays within one source or aggregates per source.

    CREATE TABLE hub_sources (
      source text PRIMARY KEY CHECK (source ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
      name text NOT NULL CHECK (length(name) > 0),
      public_key text
    );

    -- Each source's events exactly as its ledger stored them: its own positions, hashes and
    -- chain. The hub never re-chains them.
    CREATE TABLE hub_events (
      source text NOT NULL REFERENCES hub_sources (source),
      position bigint NOT NULL CHECK (position > 0),
      stream text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      type text NOT NULL,
      schema_version integer NOT NULL CHECK (schema_version > 0),
      effective text NOT NULL CHECK (effective ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      recorded text NOT NULL,
      recorded_at timestamptz NOT NULL,
      actor text NOT NULL,
      payload text NOT NULL,
      prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
      hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
      PRIMARY KEY (source, position),
      UNIQUE (source, stream, version)
    ) PARTITION BY HASH (source);

    CREATE TABLE hub_events_0 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 0);
    CREATE TABLE hub_events_1 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 1);
    CREATE TABLE hub_events_2 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 2);
    CREATE TABLE hub_events_3 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 3);
    CREATE TABLE hub_events_4 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 4);
    CREATE TABLE hub_events_5 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 5);
    CREATE TABLE hub_events_6 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 6);
    CREATE TABLE hub_events_7 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 7);

    -- The log is append-only: no event is ever changed or removed.
    CREATE FUNCTION hub_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the hub''s event log is append-only' USING ERRCODE = 'CL001';
    END
    $$;

    CREATE TRIGGER hub_events_append_only BEFORE UPDATE OR DELETE ON hub_events
      FOR EACH ROW EXECUTE FUNCTION hub_refuse_change();

    -- Every inserted event continues its source's chain: position 1 chains onto the genesis
    -- hash, any other onto the hash the hub holds at the position before it.
    CREATE FUNCTION hub_check_chain() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      before text;
    BEGIN
      IF NEW.position = 1 THEN
        before := repeat('0', 64);
      ELSE
        SELECT hash INTO before FROM hub_events
          WHERE source = NEW.source AND position = NEW.position - 1;
      END IF;
      IF before IS DISTINCT FROM NEW.prev_hash THEN
        RAISE EXCEPTION 'event % of % does not continue its chain', NEW.position, NEW.source
          USING ERRCODE = 'CL002';
      END IF;
      RETURN NULL;
    END
    $$;

    CREATE TRIGGER hub_events_chain AFTER INSERT ON hub_events
      FOR EACH ROW EXECUTE FUNCTION hub_check_chain();

    -- "Known at a moment" is a prefix of each source's log.
    CREATE INDEX hub_events_recorded ON hub_events (source, recorded_at);

    """

  /// Migration v2, identical to `Schemas/hub/hub.v2.sql`: signature members and checkpoints.
  static let v2 = """
    -- The hub, migration 2: each event's signature members, and the checkpoints proofs led to.
    --
    -- An event keeps the signer, signature and clock members its source's export gave it (the
    -- hash covers signer and clock; the signature is kept beside it). Events ingested before this
    -- migration have none stored.

    ALTER TABLE hub_events
      ADD COLUMN signer text CHECK (signer ~ '^[0-9a-f]{16}$'),
      ADD COLUMN signature text,
      ADD COLUMN clock text CHECK (clock = 'fixed'),
      ADD CONSTRAINT hub_events_signed CHECK ((signer IS NULL) = (signature IS NULL));

    -- Each signed checkpoint a proven export (`events export --with-proofs`) was checked against:
    -- signed by the source's registered key, with every ingested line's inclusion proof leading
    -- to its root. Keyed by source first, as every table holding a source's facts.
    CREATE TABLE hub_checkpoints (
      source text NOT NULL REFERENCES hub_sources (source),
      size bigint NOT NULL CHECK (size > 0),
      root text NOT NULL CHECK (root ~ '^[0-9a-f]{64}$'),
      note text NOT NULL,
      ingested_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (source, size, root)
    );

    CREATE TRIGGER hub_checkpoints_append_only BEFORE UPDATE OR DELETE ON hub_checkpoints
      FOR EACH ROW EXECUTE FUNCTION hub_refuse_change();

    """

  /// Migration v3, identical to `Schemas/hub/hub.v3.sql`: each source's states now, kept.
  static let v3 = """
    -- The hub, migration 3: each source's tasks and units as they stand now, kept beside its log.
    --
    -- One row per source: the JSON of `SourceStates` (LedgerCore's folds of every task and unit
    -- stream) through `position`, rewritten in the same transaction as each ingest that adds
    -- events. A read for today uses it only when `position` is the source's last held event, else
    -- it folds the log. It is a cache of the log, never a fact: it may be dropped and rebuilt.
    CREATE TABLE hub_states (
      source text PRIMARY KEY REFERENCES hub_sources (source),
      position bigint NOT NULL CHECK (position >= 0),
      states text NOT NULL
    );

    """

  /// Migration v4, identical to `Schemas/hub/hub.v4.sql`: the chain checked per statement, first
  /// events indexed.
  static let v4 = """
    -- The hub, migration 4: the chain is checked once per statement instead of once per row.
    --
    -- Migration 1 checked each inserted event against the event before it with a row trigger,
    -- one lookup per row. The same rule is now one set-based check per INSERT statement, over the
    -- rows it inserted (a transition table): each must chain onto the hash the hub holds at the
    -- position before it, which is either an earlier event or another row of the same statement
    -- (the trigger runs after the whole statement, so both are in hub_events). The rule and its
    -- error code (CL002) are unchanged.
    --
    -- And each source's first event is indexed: a history belongs to one source only, so a first
    -- ingest whose first event another source already holds (a commune's file given under another
    -- commune's name) is refused before anything is written.

    CREATE FUNCTION hub_check_chain_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      broken record;
    BEGIN
      SELECT n.source, n.position INTO broken
      FROM inserted n
      LEFT JOIN hub_events b ON b.source = n.source AND b.position = n.position - 1
      WHERE n.prev_hash IS DISTINCT FROM
        (CASE WHEN n.position = 1 THEN repeat('0', 64) ELSE b.hash END)
      ORDER BY n.source, n.position
      LIMIT 1;
      IF FOUND THEN
        RAISE EXCEPTION 'event % of % does not continue its chain', broken.position, broken.source
          USING ERRCODE = 'CL002';
      END IF;
      RETURN NULL;
    END
    $$;

    CREATE TRIGGER hub_events_chain_inserted AFTER INSERT ON hub_events
      REFERENCING NEW TABLE AS inserted
      FOR EACH STATEMENT EXECUTE FUNCTION hub_check_chain_inserted();

    DROP TRIGGER hub_events_chain ON hub_events;

    CREATE INDEX hub_events_first ON hub_events (hash) WHERE position = 1;

    """
}
