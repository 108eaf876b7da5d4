-- ClearLedger SQL schema, migration v13. A shipped migration is never edited.

-- A unit's former names (`UnitState.formerNames`): a plan or a role title written before a
-- rename ("Trưởng phòng Kinh tế" after "Phòng Kinh tế" became "Phòng Kinh tế - Hạ tầng") still
-- names the unit. A JSON array of the names it bore before its current one, oldest first; NULL
-- when it was never renamed. Rows projected before this migration are filled from the log: the
-- registered name and every rename not retracted by a correction, other than the current name.
ALTER TABLE units ADD COLUMN former_names TEXT
  CHECK (former_names IS NULL OR json_valid(former_names));

UPDATE units SET former_names = (
  SELECT json_group_array(name) FROM (
    SELECT json_extract(e.payload, '$.name') AS name, min(e.position) AS first
    FROM events AS e
    WHERE e.stream = 'unit:' || units.code
      AND e.type IN ('unit.registered', 'unit.renamed')
      AND NOT EXISTS (
        SELECT 1 FROM events AS c
        WHERE c.stream = e.stream AND c.type = 'event.corrected'
          AND json_extract(c.payload, '$.retracts') = e.position)
      AND json_extract(e.payload, '$.name') IS NOT units.name
    GROUP BY name ORDER BY first))
WHERE EXISTS (
  SELECT 1 FROM events AS r WHERE r.stream = 'unit:' || units.code AND r.type = 'unit.renamed');

UPDATE units SET former_names = NULL WHERE former_names = '[]';
