-- The hub, migration 2: each event's signature members, and the checkpoints proofs led to.
--
-- An event keeps the signer, signature and clock members its source's export gave it (the
-- hash covers signer and clock; the signature is kept beside it). Events ingested before this
-- migration have none stored.

ALTER TABLE hub_events
  ADD COLUMN signer text CHECK (signer ~ '^[0-9a-f]{16}$'),
  ADD COLUMN signature text,
  ADD COLUMN clock text CHECK (clock = 'fixed'),
  ADD CONSTRAINT hub_events_signed CHECK ((signer IS NULL) = (signature IS NULL));

-- Each signed checkpoint a proven export (`events export --with-proofs`) was checked against:
-- signed by the source's registered key, with every ingested line's inclusion proof leading
-- to its root. Keyed by source first, as every table holding a source's facts.
CREATE TABLE hub_checkpoints (
  source text NOT NULL REFERENCES hub_sources (source),
  size bigint NOT NULL CHECK (size > 0),
  root text NOT NULL CHECK (root ~ '^[0-9a-f]{64}$'),
  note text NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source, size, root)
);

CREATE TRIGGER hub_checkpoints_append_only BEFORE UPDATE OR DELETE ON hub_checkpoints
  FOR EACH ROW EXECUTE FUNCTION hub_refuse_change();
