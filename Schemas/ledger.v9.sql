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
