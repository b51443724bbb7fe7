-- PostgreSQL only: the trigram index of the text moves from the expression lower(body_text) (V12) to the column
-- that now holds it lower-cased (V14), which is what statement search reads.
DROP INDEX statement_text_trgm;
CREATE INDEX statement_search_text_trgm ON statement USING gin (search_text gin_trgm_ops);
