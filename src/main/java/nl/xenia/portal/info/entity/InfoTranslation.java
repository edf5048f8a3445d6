package nl.xenia.portal.info.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A page in one language: title and Markdown body, draft or published, its version (raised by
 * every change of title or body) and, for a translation, the version of the source it was made
 * from — older than the source's version means outdated.
 */
@Entity
@Table(name = "info_translation")
@NamedQuery(name = InfoTranslation.ALL, query = "SELECT t FROM InfoTranslation t")
@NamedQuery(name = InfoTranslation.OF_PAGE, query = "SELECT t FROM InfoTranslation t WHERE t.pageId = :page")
@NamedQuery(name = InfoTranslation.TITLES_IN, query = "SELECT t.pageId, t.title FROM InfoTranslation t"
        + " WHERE t.language = :language")
public class InfoTranslation {

    public static final String ALL = "InfoTranslation.all";
    public static final String OF_PAGE = "InfoTranslation.ofPage";
    /** The page ids and titles of the translations in a language, drafts too. */
    public static final String TITLES_IN = "InfoTranslation.titlesIn";
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 60_000;

    /** Shown to readers or not. */
    public enum Status {
        DRAFT, PUBLISHED
    }

    @Id
    @SequenceGenerator(name = "info_translation", sequenceName = "info_translation_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "info_translation")
    private Long id;

    @Column(name = "page_id", nullable = false)
    private Long pageId;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int version;

    @Column(name = "source_version")
    private Integer sourceVersion;

    @Column(name = "source_title", length = MAX_TITLE)
    private String sourceTitle;

    @Column(name = "source_body", length = MAX_BODY)
    private String sourceBody;

    @Column(name = "last_checked")
    private LocalDate lastChecked;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected InfoTranslation() {
    }

    public InfoTranslation(long pageId, String language) {
        this.pageId = pageId;
        this.language = Objects.requireNonNull(language);
        this.status = Status.DRAFT;
        this.version = 0;
    }

    /**
     * Saves a new state; the version goes up when title or body changed (or the first time). A translation
     * names the source it now matches ({@code from}); the source language itself passes null. Returns
     * whether the content changed.
     */
    public boolean edit(String newTitle, String newBody, LocalDate checked, Status newStatus, InfoTranslation from,
            String by, Instant now) {
        boolean changed = version == 0 || !newTitle.equals(title) || !newBody.equals(body);
        if (changed) {
            version++;
        }
        title = newTitle;
        body = newBody;
        lastChecked = checked;
        status = newStatus;
        sourceVersion = from == null ? null : from.version;
        sourceTitle = from == null ? null : from.title;
        sourceBody = from == null ? null : from.body;
        updatedBy = by;
        updatedAt = now;
        return changed;
    }

    public Long getId() {
        return id;
    }

    public Long getPageId() {
        return pageId;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public int getVersion() {
        return version;
    }

    public Integer getSourceVersion() {
        return sourceVersion;
    }

    /** The source's title when this translation was saved; null when not kept. */
    public String getSourceTitle() {
        return sourceTitle;
    }

    /** The source's body when this translation was saved; null when not kept. */
    public String getSourceBody() {
        return sourceBody;
    }

    public LocalDate getLastChecked() {
        return lastChecked;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

}
