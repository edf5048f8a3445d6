package nl.xenia.portal.outreach.boundary;

import java.util.Locale;
import java.util.Optional;

/**
 * Which version of the material: the standard one names Xenia and sex work; the neutral one ("Info &amp; help") never
 * mentions sex work, for handing over discreetly or leaving in a bathroom. Label {@code OutreachVersion.NAME}.
 */
public enum OutreachVersion {

    STANDARD, NEUTRAL;

    /** The value in an address ({@code standard}, {@code neutral}). */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The version an address names, or empty for anything else. */
    public static Optional<OutreachVersion> of(String parameter) {
        for (OutreachVersion version : values()) {
            if (version.parameter().equals(parameter)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }
}
