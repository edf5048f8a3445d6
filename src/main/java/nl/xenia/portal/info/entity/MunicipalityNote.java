package nl.xenia.portal.info.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Staff's note about a municipality, in one language. */
@Entity
@Table(name = "municipality_note")
@IdClass(MunicipalityNote.Key.class)
@NamedQuery(name = MunicipalityNote.ALL, query = "SELECT n FROM MunicipalityNote n")
public class MunicipalityNote {

    public static final String ALL = "MunicipalityNote.all";
    public static final int MAX_NOTE = 2000;

    /** The note's key: municipality and language. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long municipalityId;
        private String language;

        public Key() {
        }

        public Key(Long municipalityId, String language) {
            this.municipalityId = municipalityId;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(municipalityId, key.municipalityId)
                    && Objects.equals(language, key.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(municipalityId, language);
        }
    }

    @Id
    @Column(name = "municipality_id")
    private Long municipalityId;

    @Id
    @Column(length = 8)
    private String language;

    @Column(nullable = false, length = MAX_NOTE)
    private String note;

    protected MunicipalityNote() {
    }

    public MunicipalityNote(long municipalityId, String language, String note) {
        this.municipalityId = municipalityId;
        this.language = Objects.requireNonNull(language);
        this.note = Objects.requireNonNull(note);
    }

    public void change(String text) {
        note = Objects.requireNonNull(text);
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public String getLanguage() {
        return language;
    }

    public String getNote() {
        return note;
    }
}
