-- ClearLedger SQL schema, migration v11. A shipped migration is never edited.

-- Evidence files (a scanned decision, minutes, photos) attached to reports, completions and
-- explanations (`--attach`), addressed by the SHA-256 of their bytes. Append-only like the
-- events: a file is never updated or deleted; the same bytes are kept once. The events
-- (`task.evidence_attached`) name each file's name, size and hash; `verify` rehashes every file.
CREATE TABLE attachments (
  sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  size INTEGER NOT NULL CHECK (size BETWEEN 0 AND 10485760),
  content BLOB NOT NULL CHECK (length(content) = size)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER attachments_are_never_updated BEFORE UPDATE ON attachments
BEGIN
  SELECT RAISE(ABORT, 'clearledger: attachments are append-only: a file is never updated');
END;

CREATE TRIGGER attachments_are_never_deleted BEFORE DELETE ON attachments
BEGIN
  SELECT RAISE(ABORT, 'clearledger: attachments are append-only: a file is never deleted');
END;
