-- ClearLedger SQL schema, migration v6. A shipped migration is never edited.

-- Web accounts (`clearledger account add`, `clearledger serve`). An account's opening, role
-- changes and disabling are events in its own stream, `account:USERNAME`. The events table's
-- CHECK on stream names gains that form; SQLite cannot alter a CHECK, so the table's stored
-- definition is rewritten in place (the documented procedure for loosening a constraint: no
-- row is touched, every existing row satisfies the looser check). The migration bumps
-- schema_version after this text runs.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
  SET sql = replace(sql, 'OR stream GLOB ''policy:?*''',
    'OR stream GLOB ''policy:?*'' OR stream GLOB ''account:?*''')
  WHERE type = 'table' AND name = 'events';
PRAGMA writable_schema = OFF;

-- Password hashes (bcrypt) are kept out of the event log: an event is never deleted, and a
-- hash must be replaceable and never exported. One row per account that has a password.
CREATE TABLE account_passwords (
  username TEXT PRIMARY KEY NOT NULL CHECK (length(username) BETWEEN 2 AND 40),
  hash TEXT NOT NULL CHECK (hash GLOB '$2[aby]$[0-9][0-9]$*'),
  changed_at TEXT NOT NULL
) STRICT;
