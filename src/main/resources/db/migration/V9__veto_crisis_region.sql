-- The crisis and region a secondary dataset files each veto under (world-politics datalab, cited in the
-- record's sources): the UN's agenda items file most Syria drafts under "The situation in the Middle East".
ALTER TABLE veto ADD COLUMN crisis VARCHAR(100);
ALTER TABLE veto ADD COLUMN region VARCHAR(100);
