-- ClearLedger SQL schema, migration v12. A shipped migration is never edited.

-- The office's real year: an acting head (`head.appointed` v3, "Quyền Trưởng phòng") answers as
-- the head for that time and is shown as acting; a unit dissolved or merged into another
-- (`unit.dissolved`, `unit.merged`) keeps its rows, with the day it ended and the unit it joined.
-- Rows projected before this migration are of substantive heads and of units that exist.
ALTER TABLE tenures ADD COLUMN acting INTEGER CHECK (acting IS NULL OR acting = 1);
ALTER TABLE units ADD COLUMN closed_on TEXT;
ALTER TABLE units ADD COLUMN merged_into TEXT;
