package nl.xenia.portal.privacy.view;

/** What a person typed, given back in a form after a refusal: never longer than the field takes. */
public final class Typed {

    private Typed() {
    }

    /** At most {@code max} characters (code points) of a typed value; empty for none. */
    public static String cut(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.codePointCount(0, value.length()) <= max
                ? value
                : value.substring(0, value.offsetByCodePoints(0, max));
    }
}
