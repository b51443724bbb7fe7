-- Which version of each seed file the database holds (see org.unref.importing.SeedLoader).
CREATE TABLE seed_state (
    name         VARCHAR(100) NOT NULL PRIMARY KEY,
    sha256       VARCHAR(64)  NOT NULL,
    loaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    record_count INTEGER      NOT NULL
);
