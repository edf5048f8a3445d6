-- Information pages: a page (topics are the pages without a parent, shown as tiles with a
-- pictogram) and its translations, written in Markdown by staff. The source language's version
-- number tells whether a translation is outdated. Municipalities of Fryslân with staff-kept facts.
CREATE SEQUENCE info_page_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE info_translation_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE info_page (
    id         BIGINT PRIMARY KEY,
    slug       VARCHAR(80)              NOT NULL,
    parent_id  BIGINT REFERENCES info_page (id),
    position   INTEGER                  NOT NULL DEFAULT 0,
    pictogram  VARCHAR(40),
    kind       VARCHAR(20)              NOT NULL DEFAULT 'TEXT',
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT info_page_slug UNIQUE (slug),
    CONSTRAINT info_page_kind CHECK (kind IN ('TEXT', 'MUNICIPALITIES'))
);

CREATE TABLE info_translation (
    id             BIGINT PRIMARY KEY,
    page_id        BIGINT                   NOT NULL REFERENCES info_page (id) ON DELETE CASCADE,
    language       VARCHAR(8)               NOT NULL,
    title          VARCHAR(200)             NOT NULL,
    body           VARCHAR(60000)           NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    version        INTEGER                  NOT NULL DEFAULT 1,
    source_version INTEGER,
    last_checked   DATE,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(64)              NOT NULL,
    CONSTRAINT info_translation_language UNIQUE (page_id, language),
    CONSTRAINT info_translation_status CHECK (status IN ('DRAFT', 'PUBLISHED'))
);

CREATE TABLE municipality (
    id             BIGINT PRIMARY KEY,
    name           VARCHAR(80)              NOT NULL,
    licensing_desk VARCHAR(500),
    pilot          VARCHAR(10)              NOT NULL DEFAULT 'UNKNOWN',
    example        BOOLEAN                  NOT NULL DEFAULT FALSE,
    updated_at     TIMESTAMP WITH TIME ZONE,
    updated_by     VARCHAR(64),
    CONSTRAINT municipality_name UNIQUE (name),
    CONSTRAINT municipality_pilot CHECK (pilot IN ('YES', 'NO', 'UNKNOWN'))
);

CREATE TABLE municipality_note (
    municipality_id BIGINT        NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    language        VARCHAR(8)    NOT NULL,
    note            VARCHAR(2000) NOT NULL,
    PRIMARY KEY (municipality_id, language)
);

-- The 18 municipalities of Fryslân (facts, not demo content); what staff know about each is
-- filled in through the office.
INSERT INTO municipality (id, name) VALUES (1, 'Achtkarspelen');
INSERT INTO municipality (id, name) VALUES (2, 'Ameland');
INSERT INTO municipality (id, name) VALUES (3, 'Dantumadiel');
INSERT INTO municipality (id, name) VALUES (4, 'De Fryske Marren');
INSERT INTO municipality (id, name) VALUES (5, 'Harlingen');
INSERT INTO municipality (id, name) VALUES (6, 'Heerenveen');
INSERT INTO municipality (id, name) VALUES (7, 'Leeuwarden');
INSERT INTO municipality (id, name) VALUES (8, 'Noardeast-Fryslân');
INSERT INTO municipality (id, name) VALUES (9, 'Ooststellingwerf');
INSERT INTO municipality (id, name) VALUES (10, 'Opsterland');
INSERT INTO municipality (id, name) VALUES (11, 'Schiermonnikoog');
INSERT INTO municipality (id, name) VALUES (12, 'Smallingerland');
INSERT INTO municipality (id, name) VALUES (13, 'Súdwest-Fryslân');
INSERT INTO municipality (id, name) VALUES (14, 'Terschelling');
INSERT INTO municipality (id, name) VALUES (15, 'Tytsjerksteradiel');
INSERT INTO municipality (id, name) VALUES (16, 'Vlieland');
INSERT INTO municipality (id, name) VALUES (17, 'Waadhoeke');
INSERT INTO municipality (id, name) VALUES (18, 'Weststellingwerf');
