-- PostgreSQL only (quarkus.flyway.locations adds db/vendor/<db-kind>): statement search finds each word of `q`
-- anywhere in the title or text, case-insensitive (lower(...) LIKE '%word%'). Without an index that reads every
-- statement; trigram GIN indexes on exactly those expressions let PostgreSQL answer the same LIKE from the index,
-- so the contract stays substring matching on both databases and H2 keeps its plain LIKE. No column is added:
-- the schema Hibernate validates is the same on both. pg_trgm ships with PostgreSQL (contrib) and is a trusted
-- extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX statement_title_trgm ON statement USING gin (lower(title) gin_trgm_ops);
CREATE INDEX statement_text_trgm ON statement USING gin (lower(body_text) gin_trgm_ops);
