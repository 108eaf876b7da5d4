-- ClearLedger SQL schema, migration v2. A shipped migration is never edited.

-- Facts imported from another system (`clearledger events import --foreign`) carry their
-- source's identity in the payload's `origin` member. This index finds such a fact by its
-- source and id, so that importing the same export again skips what is already here. It
-- covers only events that have an origin.
CREATE INDEX events_by_origin ON events (
  json_extract(payload, '$.origin.source'),
  json_extract(payload, '$.origin.id')
) WHERE instr(payload, '"origin":') > 0;

-- The timeline rows still known (known_to is "still"), by task and first day. A read of a
-- past day as known now seeks one row per task here instead of searching the R*Tree, and an
-- append finds the row it splits. A row leaves this index when it is closed, so the index
-- stays the size of what is known now, and rows written already closed never enter it.
DROP INDEX task_timeline_open;
CREATE INDEX task_timeline_current ON task_timeline (task_id, valid_from)
  WHERE known_to = 2147483647;
