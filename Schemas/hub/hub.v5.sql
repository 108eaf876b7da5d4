-- The hub, migration 5: each source's tasks and units as they stand now, one row each.
--
-- Migration 3 kept one row per source holding the JSON of all its task and unit states, so a
-- read for today decoded every commune's every task. Now each task and each unit has its own
-- row, written in the same transaction as each ingest that adds events (only the streams the
-- new events touch are refolded, with LedgerCore's TaskState.fold and UnitState.fold), with
-- the columns a cross-commune question selects by; `hub overdue` reads only the tasks whose
-- `overdue_from` has come, and LedgerCore's bucket rule decides each of them.
--
-- The rows are a cache of the log, never a fact: `hub_kept` says through which position each
-- source's rows are its fold, and a read uses them only when that is the source's last held
-- event, else it folds the log. This migration leaves them empty; `hub init`, right after
-- applying it, fills them from each source's log (and so does the next ingest of a source).
-- Keyed by source first, as every table holding a source's facts.

CREATE TABLE hub_kept (
  source text PRIMARY KEY REFERENCES hub_sources (source),
  position bigint NOT NULL CHECK (position >= 0)
);

-- One row per task: the JSON of its TaskState, and what is asked of it across communes.
CREATE TABLE hub_tasks (
  source text NOT NULL REFERENCES hub_sources (source),
  task text NOT NULL,
  lead_unit text NOT NULL,
  status text NOT NULL,
  -- The fixed deadline in force, after extensions; NULL for yearly, ongoing or recurring work.
  deadline date,
  assigned_on date NOT NULL,
  completed_on date,
  cancelled_on date,
  -- The first day on which the task could be overdue (TaskState.overdueFrom); NULL for never.
  overdue_from date,
  state text NOT NULL,
  PRIMARY KEY (source, task)
);

CREATE INDEX hub_tasks_overdue ON hub_tasks (source, overdue_from)
  WHERE overdue_from IS NOT NULL;

-- One row per unit: the JSON of its UnitState (names, heads and their tenures).
CREATE TABLE hub_units (
  source text NOT NULL REFERENCES hub_sources (source),
  unit text NOT NULL,
  state text NOT NULL,
  PRIMARY KEY (source, unit)
);

-- Migration 3's whole-source JSON is replaced by the rows above.
DROP TABLE hub_states;
