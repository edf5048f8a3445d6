package nl.xenia.portal.privacy.boundary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passwords (staff and the sounding board's members) as NIST SP 800-63B and OWASP advise: at least 15 characters, up to 128, no
 * composition rules, not on the shipped list of common long passwords, not one character repeated,
 * not the username. No forced rotation.
 */
public final class PasswordPolicy {

    public static final int MINIMUM = 15;
    public static final int MAXIMUM = 128;

    /** Why a password is refused. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, TOO_COMMON
    }

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static Optional<Problem> check(char[] password, String username) {
        int length = String.valueOf(password).codePointCount(0, password.length);
        if (length < MINIMUM) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAXIMUM) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = String.valueOf(password).toLowerCase(Locale.ROOT);
        boolean oneCharacter = lower.chars().distinct().count() <= 2;
        boolean isUsername = username != null && lower.contains(username.toLowerCase(Locale.ROOT))
                && lower.length() - username.length() < 8;
        if (COMMON.contains(lower) || oneCharacter || isUsername) {
            return Optional.of(Problem.TOO_COMMON);
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/privacy/common-passwords.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
