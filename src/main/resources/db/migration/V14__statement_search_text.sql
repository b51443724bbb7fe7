-- Statement search finds each word of `q` anywhere in the title or the text, whatever its case. It used to lower
-- the text of every row it tested, twice per word: at 10,000 statements a two-word search tested 1,358 rows at
-- 14 us each (bench/scale, 30 Nov 2026). The text is now lower-cased once, when it is written (the application
-- writes this column with the text; Where.fold says how), and searched as it is. Titles are short and stay
-- lower-cased at query time. Rows already stored are lower-cased here by the database itself.
ALTER TABLE statement ADD COLUMN search_text VARCHAR(1048576);
UPDATE statement SET search_text = LOWER(body_text);
ALTER TABLE statement ALTER COLUMN search_text SET NOT NULL;
