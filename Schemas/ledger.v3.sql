-- ClearLedger SQL schema, migration v3. A shipped migration is never edited.

-- Who answers for a task: the unit in which its head role is held (`task assign --role-unit`),
-- and its accountability record (JSON: the lead units in turn with the day each took it and
-- its own first deadline, every extension with the day it was granted, the days of the
-- reports filed as the year's). Both are parts of the task's state, so the state now (`tasks`)
-- and the state over time (`task_timeline`) keep them. A ledger written before this migration
-- has them empty until `clearledger rebuild` replays its log.
ALTER TABLE tasks ADD COLUMN role_unit TEXT;
ALTER TABLE tasks ADD COLUMN record TEXT CHECK (record IS NULL OR json_valid(record));
ALTER TABLE task_timeline ADD COLUMN role_unit TEXT;
ALTER TABLE task_timeline ADD COLUMN record TEXT;
