-- Vetoed drafts. The id is the slug of the draft symbol, or of the meeting record with -1, -2, ... where
-- the sources give no draft symbol. A veto cast over several days keeps both ends (date_start, date_end).
-- sort_key (date_start|id) orders lists newest first and is what keyset cursors point at.
CREATE TABLE veto (
    id                     VARCHAR(100)  NOT NULL PRIMARY KEY,
    draft_symbol           VARCHAR(60),
    meeting_record         VARCHAR(60),
    date_start             DATE          NOT NULL,
    date_end               DATE,
    date_text              VARCHAR(100),
    veto_year              INTEGER       NOT NULL,
    sort_key               VARCHAR(150)  NOT NULL UNIQUE,
    agenda_item            VARCHAR(2000),
    search_text            VARCHAR(3000) NOT NULL,
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
    ga_debate              VARCHAR(8000),
    sources                VARCHAR(8000) NOT NULL,
    notes                  VARCHAR(8000) NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX veto_year_sort ON veto (veto_year, sort_key);
CREATE INDEX veto_dates ON veto (date_start, date_end);

-- The permanent members that voted against: filtered on, so a table of their own.
CREATE TABLE veto_member (
    veto_id VARCHAR(100) NOT NULL REFERENCES veto (id) ON DELETE CASCADE,
    member  VARCHAR(2)   NOT NULL,
    PRIMARY KEY (veto_id, member)
);
CREATE INDEX veto_member_member ON veto_member (member);
