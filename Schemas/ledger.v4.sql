-- ClearLedger SQL schema, migration v4. A shipped migration is never edited.

-- `INSERT OR REPLACE` resolves a clash on the unique hash by deleting the older event, and a
-- deletion made that way fires no DELETE trigger. The log refuses any event whose hash it
-- already holds before the clash is resolved, so no insert can remove an event. (The position
-- and the stream version cannot clash: `events_extend_the_log` admits only the next ones.)
CREATE TRIGGER events_are_never_replaced BEFORE INSERT ON events
WHEN EXISTS (SELECT 1 FROM events WHERE hash = NEW.hash)
BEGIN
  SELECT RAISE(ABORT, 'clearledger: the event log is append-only: an event is never replaced; its hash is already in the log');
END;
