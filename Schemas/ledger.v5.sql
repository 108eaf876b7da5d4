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
