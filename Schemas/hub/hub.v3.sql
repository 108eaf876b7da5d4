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
