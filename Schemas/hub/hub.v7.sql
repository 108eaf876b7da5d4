-- The hub, migration 7: each task's overdue rows, worked out ahead, so that an overdue list
-- across communes is one filter of rows.
--
-- Migration 5 kept each task's state; `hub overdue` still decoded every candidate task's state
-- and built every commune's board to decide which tasks are overdue today. Now each ingest that
-- refolds a task also keeps, for each of its views that LedgerCore's board shows as overdue on
-- some day, the span of days on which it does and the row `hub overdue --json` writes for it
-- (`OverdueSpans`: the board's own judgement on every day its answer could change). A list for
-- today is then the rows whose span holds today.
--
-- `hub_overdue_kept` says through which day a task's spans are complete ('infinity' for a fixed
-- deadline, whose judgement does not depend on the year; 31/12 of a year for yearly, ongoing and
-- recurring work). A task that could be overdue today and has no such row, or one that ends
-- before today, is judged from its kept state instead, as before. Written in the same
-- transaction as the rows of migration 5, and, like them, a cache of the log: this migration
-- marks every source's kept rows as not through its log, so `hub init` right after it refolds
-- them all (and until then reads fold the logs). Keyed by source first, as every table holding
-- a source's facts.

CREATE TABLE hub_overdue_kept (
  source text NOT NULL REFERENCES hub_sources (source),
  task text NOT NULL,
  through date NOT NULL,
  PRIMARY KEY (source, task)
);

-- One row per span of days on which one of a task's views (`charge`, its place among the
-- task's views) is overdue: from `overdue_from` to the day before `overdue_until` (NULL: no
-- end), with the row as `hub overdue --json` writes it (`row_json`), the source included.
CREATE TABLE hub_overdue (
  source text NOT NULL REFERENCES hub_sources (source),
  task text NOT NULL,
  charge integer NOT NULL CHECK (charge >= 0),
  overdue_from date NOT NULL,
  overdue_until date CHECK (overdue_until > overdue_from),
  row_json text NOT NULL,
  PRIMARY KEY (source, task, charge, overdue_from)
);

-- Every source's kept rows are refolded by the next `hub init` (or the source's next ingest).
DELETE FROM hub_kept;
