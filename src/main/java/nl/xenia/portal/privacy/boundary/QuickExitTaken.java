package nl.xenia.portal.privacy.boundary;

import java.util.Map;
import java.util.Optional;

/**
 * Someone took the quick exit ({@code /exit}): fired before the answer, with the cookies the request carried, so that a
 * component with a session of its own (the sounding board's members) ends it too, without privacy knowing of it. The
 * values are secrets: never logged (the text form shows only the names).
 */
public record QuickExitTaken(Map<String, String> cookies) {

    public QuickExitTaken {
        cookies = Map.copyOf(cookies);
    }

    /** The value of a cookie the request carried. */
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    @Override
    public String toString() {
        return "QuickExitTaken" + cookies.keySet();
    }
}
