-- How often each information page was read, per day and per language asked for (the language in the address, also
-- when the page was shown in a fallback language), for the yearly monitoring. Counted in memory on each server and
-- added here about once a minute, never on each view. Nothing about the reader: no time of day, no address, no agent,
-- no referrer, no session; a day, a page, a language and a number.
--
-- page_id is deliberately not a foreign key: the counts are monitoring's and outlive the page (a removed page's reads
-- stay in the year's figures, under "pages since removed"), and a page that was read can still be removed.
CREATE TABLE info_page_read (
    read_on  DATE       NOT NULL,
    page_id  BIGINT     NOT NULL,
    language VARCHAR(8) NOT NULL,
    reads    BIGINT     NOT NULL,
    PRIMARY KEY (read_on, page_id, language),
    CONSTRAINT info_page_read_reads CHECK (reads > 0)
);
