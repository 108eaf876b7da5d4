-- ClearLedger SQL schema, migration v7. A shipped migration is never edited.

-- People (`clearledger person add`): each registered under a staff code in a stream of their
-- own, `person:CODE`, so two people of one name are told apart. The events table's CHECK on
-- stream names gains that form, rewritten in place as migration v6 does (no row is touched;
-- every existing row satisfies the looser check). The migration bumps schema_version after
-- this text runs.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
  SET sql = replace(sql, 'OR stream GLOB ''account:?*''',
    'OR stream GLOB ''account:?*'' OR stream GLOB ''person:?*''')
  WHERE type = 'table' AND name = 'events';
PRAGMA writable_schema = OFF;
