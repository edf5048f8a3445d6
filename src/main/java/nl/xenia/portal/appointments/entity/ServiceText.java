package nl.xenia.portal.appointments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A service's name, short description and what to bring, in one language. */
@Embeddable
public class ServiceText {

    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_BRING = 1000;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(nullable = false, length = MAX_BRING)
    private String bring;

    protected ServiceText() {
    }

    public ServiceText(String name, String description, String bring) {
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.bring = Objects.requireNonNull(bring);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getBring() {
        return bring;
    }
}
