-- ClearLedger SQL schema, migration v2. A shipped migration is never edited.
-- Facts imported from another system (`clearledger events import --foreign`) carry their
-- source's identity in the payload's `origin` member. This index finds such a fact by its
-- source and id, so that importing the same export again skips what is already here. It
-- covers only events that have an origin.

CREATE INDEX events_by_origin ON events (
  json_extract(payload, '$.origin.source'),
  json_extract(payload, '$.origin.id')
) WHERE instr(payload, '"origin":') > 0;
