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
import java.util.Objects;

/**
 * An information page, in no language yet: its name for staff (slug, also its old address), its
 * neutral public address ({@link #getAddress()}, which tells nothing of its subject), where it sits (a
 * topic when it has no parent, shown as a tile with a pictogram), its place among its siblings and its kind.
 */
@Entity
@Table(name = "info_page")
@NamedQuery(name = InfoPage.ALL, query = "SELECT p FROM InfoPage p ORDER BY p.position, p.id")
@NamedQuery(name = InfoPage.BY_SLUG, query = "SELECT p FROM InfoPage p WHERE p.slug = :slug")
public class InfoPage {

    public static final String ALL = "InfoPage.all";
    public static final String BY_SLUG = "InfoPage.bySlug";
    /** The shape of a neutral address: {@code p} and the page's number. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("p([1-9][0-9]{0,17})");

    /** What a page shows besides its text. */
    public enum Kind {
        /** Only its text. */
        TEXT,
        /** Its text and the table of the municipalities with what staff know about each. */
        MUNICIPALITIES
    }

    @Id
    @SequenceGenerator(name = "info_page", sequenceName = "info_page_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "info_page")
    private Long id;

    @Column(nullable = false, length = 80)
    private String slug;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private int position;

    @Column(length = 40)
    private String pictogram;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind = Kind.TEXT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InfoPage() {
    }

    public InfoPage(String slug, Long parentId, int position, String pictogram, Kind kind, Instant now) {
        this.slug = Objects.requireNonNull(slug);
        this.parentId = parentId;
        this.position = position;
        this.pictogram = pictogram;
        this.kind = Objects.requireNonNull(kind);
        this.createdAt = now;
    }

    public void moveTo(int newPosition) {
        position = newPosition;
    }

    public Long getId() {
        return id;
    }

    /**
     * The page's public address ({@code p7} in {@code /ro/info/p7}): derived from its id, so stable for
     * as long as the page exists, and free of words that would tell someone reading the phone's history
     * what the reader looked up.
     */
    public String getAddress() {
        return address(id);
    }

    /** The neutral address of the page with this id. */
    public static String address(long id) {
        return "p" + id;
    }

    /** The page id a neutral address names, or null if the text is not a neutral address. */
    public static Long idOf(String address) {
        java.util.regex.Matcher matcher = address == null ? null : ADDRESS.matcher(address);
        return matcher != null && matcher.matches() ? Long.valueOf(matcher.group(1)) : null;
    }

    /** Whether a text has the shape of a neutral address (so a slug must never have it). */
    public static boolean isAddress(String text) {
        return idOf(text) != null;
    }

    public String getSlug() {
        return slug;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isTopic() {
        return parentId == null;
    }

    public int getPosition() {
        return position;
    }

    public String getPictogram() {
        return pictogram;
    }

    public Kind getKind() {
        return kind;
    }
}
