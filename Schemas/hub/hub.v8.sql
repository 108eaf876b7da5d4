-- The hub, migration 8: each task's status rows, worked out ahead, so that the status list
-- across communes (`hub status --json`) is one filter of rows, as the overdue list is since
-- migration 7.
--
-- Until now `hub status` decoded every task's kept state (migration 5) and built every
-- commune's board on each read. Now each ingest that refolds a task also keeps every one of
-- its views as spans of days on which the board shows it with the same row, with the row as
-- `hub status --json` writes it (`StatusSpans`: the board's own judgement on every day its
-- answer could change, which for a task without a deadline includes the first and last day of
-- every tenure, since its heads are those of the day judged). A list for today is then the
-- rows whose span holds today.
--
-- `hub_status_kept` says for which days a task's spans are complete: from its assignment
-- (`kept_from`) through `through` ('infinity' for a fixed deadline; 31/12 of a year for
-- yearly, ongoing and recurring work). A task with no such row, or whose days do not hold
-- today, is judged from its kept state, as before. Written in the same transaction as the
-- rows of migration 5, and, like them, a cache of the log: this migration marks every
-- source's kept rows as not through its log, so `hub init` right after it refolds them all
-- (and until then reads fold the logs). Keyed by source first, as every table holding a
-- source's facts.

CREATE TABLE hub_status_kept (
  source text NOT NULL REFERENCES hub_sources (source),
  task text NOT NULL,
  kept_from date NOT NULL,
  through date NOT NULL,
  PRIMARY KEY (source, task)
);

-- One row per span of days on which one of a task's views (`charge`, its place among the
-- task's views) is the same: from `status_from` to the day before `status_until` (NULL: no
-- end), with its bucket and the row as `hub status --json` writes it (`row_json`), the source
-- included.
CREATE TABLE hub_status (
  source text NOT NULL REFERENCES hub_sources (source),
  task text NOT NULL,
  charge integer NOT NULL CHECK (charge >= 0),
  status_from date NOT NULL,
  status_until date CHECK (status_until > status_from),
  bucket text NOT NULL,
  row_json text NOT NULL,
  PRIMARY KEY (source, task, charge, status_from)
);

-- Every source's kept rows are refolded by the next `hub init` (or the source's next ingest).
DELETE FROM hub_kept;
