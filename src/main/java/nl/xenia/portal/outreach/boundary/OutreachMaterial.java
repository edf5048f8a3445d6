package nl.xenia.portal.outreach.boundary;

import java.util.Locale;
import java.util.Optional;

/**
 * What is printed: cards of credit-card size (10 per A4, with crop marks) or A6 flyers (4 per A4). Label
 * {@code OutreachMaterial.NAME}.
 */
public enum OutreachMaterial {

    CARDS, FLYERS;

    /** The value in an address ({@code cards}, {@code flyers}), also in the file's name. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The material an address names, or empty for anything else. */
    public static Optional<OutreachMaterial> of(String parameter) {
        for (OutreachMaterial material : values()) {
            if (material.parameter().equals(parameter)) {
                return Optional.of(material);
            }
        }
        return Optional.empty();
    }
}
