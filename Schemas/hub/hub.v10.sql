-- The hub, migration 10: each source's time zone.
--
-- A commune's ledger keeps its time zone (`clearledger init --timezone`, Vietnam's by default)
-- in its own file, not in its events, so its export does not carry it. The hub judges each
-- source's "today" and the end of a day or time asked about (`--known-at 2026-07-01`) in that
-- source's zone, as the commune's own ledger does: the zone is given when the source is added
-- (`hub add-source --timezone`) and kept here. The sources added before are Vietnam's, the zone
-- every commune's ledger had unless made otherwise.

ALTER TABLE hub_sources ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Ho_Chi_Minh'
  CHECK (time_zone <> '');
