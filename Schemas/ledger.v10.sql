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
