extension HubSchema {
  /// Migration v9, identical to `Schemas/hub/hub.v9.sql`: the overdue list read from the status
  /// rows of one bucket; migration 7's overdue rows dropped.
  static let v9 = """
    -- The hub, migration 9: the overdue list is the kept status rows of one bucket; migration 7's
    -- overdue rows are dropped.
    --
    -- Since migration 8 each ingest keeps every view of each task as spans of days, each with its
    -- bucket and its row (`hub_status`, `StatusSpans`), judged by the same board on every day its
    -- answer could change: the days on which migration 7's overdue spans were cut and more. The
    -- overdue list of a day is therefore exactly the status rows of bucket 'overdue' whose span
    -- holds that day, and `hub_overdue` and `hub_overdue_kept` were a second copy of those rows,
    -- worked out and written again in every ingest's transaction. `hub overdue` now reads the status
    -- rows of that bucket (and judges from its kept state, as before, a task whose status spans do
    -- not cover the day); the copy goes. Like every kept row it was a cache of the log, never a
    -- fact: nothing is lost.

    DROP TABLE hub_overdue, hub_overdue_kept;

    -- The overdue spans alone, by source and first day: a list across communes reads only them,
    -- not every bucket's spans. A partial index, which the planner uses when a query says
    -- `bucket = 'overdue'` itself. Keyed by source first, as every index of a source's facts. The
    -- kept rows themselves are unchanged, so `hub_kept` stays and nothing is refolded.
    CREATE INDEX hub_status_overdue ON hub_status (source, status_from) WHERE bucket = 'overdue';

    """
}
