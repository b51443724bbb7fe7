-- The Charter of the United Nations: 19 chapters, 111 articles, and every text of it as a provision row,
-- in reading order (ordinal). Read-only reference data loaded from seed/charter.jsonl.
CREATE TABLE charter_chapter (
    numeral  VARCHAR(5)    NOT NULL PRIMARY KEY,
    ordinal  INTEGER       NOT NULL,
    title    VARCHAR(200)  NOT NULL,
    sources  VARCHAR(2000) NOT NULL
);

CREATE TABLE charter_article (
    article_number  INTEGER       NOT NULL PRIMARY KEY,
    chapter_numeral VARCHAR(5)    NOT NULL REFERENCES charter_chapter (numeral),
    section_title   VARCHAR(100),
    notes           VARCHAR(2000) NOT NULL
);
CREATE INDEX charter_article_chapter ON charter_article (chapter_numeral);

-- kind: preamble (a line of it), introduction (an article's chapeau), text (the one unnumbered paragraph
-- of an article), paragraph (numbered), item (lettered, under a paragraph or directly under an article),
-- closing (the formula after Article 111). The id is the public one where there is one (art-27-3, art-55-a,
-- art-13-1-a; art-51 for an article of one paragraph) and an internal one otherwise (preamble-1, art-1-intro).
-- body_text is the Charter's wording, word for word.
CREATE TABLE charter_provision (
    id             VARCHAR(30)   NOT NULL PRIMARY KEY,
    article_number INTEGER       REFERENCES charter_article (article_number),
    kind           VARCHAR(20)   NOT NULL,
    paragraph      INTEGER,
    item           VARCHAR(1),
    ordinal        INTEGER       NOT NULL,
    body_text      VARCHAR(4000) NOT NULL,
    sources        VARCHAR(2000) NOT NULL
);
CREATE INDEX charter_provision_article ON charter_provision (article_number);
