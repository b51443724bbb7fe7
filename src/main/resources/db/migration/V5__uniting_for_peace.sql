-- The Security Council's referrals to the General Assembly under resolution 377 (V) ("Uniting for Peace").
-- The id is the slug of the referring resolution's symbol. Triggering vetoes are veto ids, kept in their
-- own table so a veto can find the referral it triggered; no foreign key, because each seed loads on its own.
CREATE TABLE referral (
    id                     VARCHAR(100)  NOT NULL PRIMARY KEY,
    resolution_symbol      VARCHAR(100)  NOT NULL UNIQUE,
    adoption_date          DATE          NOT NULL,
    meeting_record         VARCHAR(60),
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
    triggering_meetings    VARCHAR(1000) NOT NULL,
    emergency_session      INTEGER,
    subject                VARCHAR(500),
    sources                VARCHAR(8000) NOT NULL,
    notes                  VARCHAR(8000) NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE referral_triggering_veto (
    referral_id VARCHAR(100) NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    veto_id     VARCHAR(100) NOT NULL,
    PRIMARY KEY (referral_id, veto_id)
);
CREATE INDEX referral_triggering_veto_veto ON referral_triggering_veto (veto_id);

-- The General Assembly's emergency special sessions, by number (1 to 11).
CREATE TABLE emergency_session (
    session_number INTEGER       NOT NULL PRIMARY KEY,
    topic          VARCHAR(500)  NOT NULL,
    date_start     DATE,
    date_end       DATE,
    resumed        BOOLEAN       NOT NULL,
    convened_by    VARCHAR(40)   NOT NULL,
    convened_under VARCHAR(100),
    request        VARCHAR(200),
    resolutions    VARCHAR(4000) NOT NULL,
    sources        VARCHAR(8000) NOT NULL,
    notes          VARCHAR(8000) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE emergency_session_triggering_veto (
    session_number INTEGER      NOT NULL REFERENCES emergency_session (session_number) ON DELETE CASCADE,
    veto_id        VARCHAR(100) NOT NULL,
    PRIMARY KEY (session_number, veto_id)
);
CREATE INDEX emergency_session_triggering_veto_veto ON emergency_session_triggering_veto (veto_id);
