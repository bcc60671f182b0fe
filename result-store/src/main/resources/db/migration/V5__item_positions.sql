-- An item's 0-based position among its batch's items in input order. input_index has gaps (invalid
-- URLs keep their positions in the request), so the page that starts n items in cannot be found
-- from input_index without counting; with position it is one index range scan at any depth.
ALTER TABLE items ADD COLUMN position integer;

UPDATE items SET position = ranked.position
FROM (SELECT batch_id, input_index,
             (row_number() OVER (PARTITION BY batch_id ORDER BY input_index) - 1)::integer AS position
      FROM items) AS ranked
WHERE items.batch_id = ranked.batch_id AND items.input_index = ranked.input_index;

ALTER TABLE items ALTER COLUMN position SET NOT NULL;
ALTER TABLE items ADD CONSTRAINT items_position_not_negative CHECK (position >= 0);
CREATE UNIQUE INDEX items_by_position ON items (batch_id, position);
