package nl.xenia.portal.info.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How often an information page was read on a day in a language (the one asked for): a day, a page, a language and a
 * number, nothing about who read it. The page is named by its id only, not joined: the count outlives the page.
 */
@Entity
@Table(name = "info_page_read")
@IdClass(PageRead.Key.class)
@NamedQuery(name = PageRead.ADD, query = "UPDATE PageRead r SET r.reads = r.reads + :reads WHERE r.day = :day"
        + " AND r.pageId = :page AND r.language = :language")
@NamedQuery(name = PageRead.SUMS_BETWEEN, query = "SELECT r.pageId, r.language, SUM(r.reads) FROM PageRead r"
        + " WHERE r.day >= :first AND r.day <= :last GROUP BY r.pageId, r.language")
public class PageRead {

    /** Adds {@code reads} to the row of a day, page and language; updates no row when there is none yet. */
    public static final String ADD = "PageRead.add";
    /** The reads per page and language from day {@code first} to {@code last}, both included. */
    public static final String SUMS_BETWEEN = "PageRead.sumsBetween";
    /** The most characters of a language code. */
    public static final int MAX_LANGUAGE = 8;

    /** The primary key: day, page and language. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate day;
        private long pageId;
        private String language;

        public Key() {
        }

        public Key(LocalDate day, long pageId, String language) {
            this.day = day;
            this.pageId = pageId;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(day, key.day) && pageId == key.pageId
                    && Objects.equals(language, key.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(day, pageId, language);
        }
    }

    @Id
    @Column(name = "read_on")
    private LocalDate day;

    @Id
    @Column(name = "page_id")
    private long pageId;

    @Id
    @Column(length = MAX_LANGUAGE)
    private String language;

    @Column(nullable = false)
    private long reads;

    protected PageRead() {
    }

    public PageRead(LocalDate day, long pageId, String language, long reads) {
        if (reads <= 0) {
            throw new IllegalArgumentException("a row counts at least one read");
        }
        if (language.isEmpty() || language.length() > MAX_LANGUAGE) {
            throw new IllegalArgumentException("not a language code");
        }
        this.day = Objects.requireNonNull(day);
        this.pageId = pageId;
        this.language = language;
        this.reads = reads;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getPageId() {
        return pageId;
    }

    public String getLanguage() {
        return language;
    }

    public long getReads() {
        return reads;
    }
}
