-- ClearLedger SQL schema, migration v8. A shipped migration is never edited.

-- A head's staff code (`head.appointed` v2 carries it when the person is registered), so that
-- two heads of one name are told apart in the views and the evaluation. Appointments recorded
-- under v1 of that event, or of a person known only by name, have none.
ALTER TABLE tenures ADD COLUMN person_code TEXT;

-- Tenures projected before this migration take the code their appointment recorded.
UPDATE tenures SET person_code = (
  SELECT json_extract(payload, '$.code') FROM events WHERE position = tenures.appointed_at);
