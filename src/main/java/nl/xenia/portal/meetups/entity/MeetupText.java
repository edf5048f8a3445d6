package nl.xenia.portal.meetups.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A meetup's title and description, in one language. */
@Embeddable
public class MeetupText {

    public static final int MAX_TITLE = 120;
    public static final int MAX_DESCRIPTION = 2000;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    protected MeetupText() {
    }

    public MeetupText(String title, String description) {
        this.title = Objects.requireNonNull(title);
        this.description = Objects.requireNonNull(description);
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}
