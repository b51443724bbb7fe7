-- Security Council and General Assembly resolutions. The id is the slug of the official symbol.
-- sort_key orders lists (newest first) and is what keyset cursors point at: adoption date, then body,
-- then the number zero-padded, so it is unique and follows the UN's own numbering within a day.
CREATE TABLE resolution (
    id                     VARCHAR(100)  NOT NULL PRIMARY KEY,
    symbol                 VARCHAR(100)  NOT NULL UNIQUE,
    body                   VARCHAR(2)    NOT NULL,
    number                 VARCHAR(30)   NOT NULL,
    adoption_year          INTEGER       NOT NULL,
    adoption_date          DATE,
    sort_key               VARCHAR(150)  NOT NULL UNIQUE,
    meeting_record         VARCHAR(60),
    title                  VARCHAR(2000),
    topic                  VARCHAR(2000),
    search_text            VARCHAR(5000) NOT NULL,
    draft_symbol           VARCHAR(60),
    press_release          VARCHAR(60),
    chapter_vii            BOOLEAN       NOT NULL,
    vote_method            VARCHAR(20),
    vote_yes               INTEGER,
    vote_no                INTEGER,
    vote_abstain           INTEGER,
    vote_non_voting        INTEGER,
    vote_raw               VARCHAR(500),
    vote_in_favour         VARCHAR(1000),
    vote_against           VARCHAR(1000),
    vote_abstaining        VARCHAR(1000),
    vote_not_participating VARCHAR(1000),
    sources                VARCHAR(8000) NOT NULL,
    notes                  VARCHAR(8000) NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX resolution_year_sort ON resolution (adoption_year, sort_key);
CREATE INDEX resolution_body_sort ON resolution (body, sort_key);
CREATE INDEX resolution_date ON resolution (adoption_date);

-- Subjects are filtered on, so they have their own table.
CREATE TABLE resolution_subject (
    resolution_id VARCHAR(100) NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
    subject       VARCHAR(300) NOT NULL,
    PRIMARY KEY (resolution_id, subject)
);
CREATE INDEX resolution_subject_subject ON resolution_subject (subject);

-- Charter provisions a resolution invokes (art-25, art-2-7): the chapter filter looks them up.
CREATE TABLE resolution_charter_provision (
    resolution_id VARCHAR(100) NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
    provision     VARCHAR(30)  NOT NULL,
    PRIMARY KEY (resolution_id, provision)
);
CREATE INDEX resolution_charter_provision_provision ON resolution_charter_provision (provision);
