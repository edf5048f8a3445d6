package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.xenia.portal.privacy.control.PasswordKeys;
import org.junit.jupiter.api.Test;

/**
 * Password hashes and password-derived keys cost Argon2id's standard (64 MiB, 3 passes, 1 lane) unless
 * {@code xenia.passwords.cost} says otherwise, and only the integration-test server says otherwise: nothing
 * a production server is built from (its configuration, the application's settings and pages) sets it; the
 * code only reads it.
 */
class SecretsCostTest {

    private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));
    private static final char[] PASSWORD = "a long enough pass phrase".toCharArray();

    @Test
    void withoutTheSettingHashesAndKeysCostTheStandard() {
        Secrets unset = new Secrets();
        Secrets configuredEmpty = new Secrets();
        configuredEmpty.configure(Optional.empty());
        for (Secrets secrets : List.of(unset, configuredEmpty)) {
            assertEquals(PasswordKeys.Cost.STANDARD, secrets.passwordCost(), "expected the standard cost by default");
            String hash = secrets.hashPassword(PASSWORD);
            assertTrue(hash.startsWith("$argon2id$v=19$m=65536,t=3,p=1$"),
                    "expected a new hash at 64 MiB, 3 passes, 1 lane by default: " + hash);
            assertTrue(secrets.verifyPassword(PASSWORD, hash), "expected the hash to verify its password");
        }
        byte[] salt = PasswordKeys.salt();
        assertArrayEquals(PasswordKeys.derive(PASSWORD, salt, new PasswordKeys.Cost(65_536, 3, 1)),
                unset.passwordKey(PASSWORD, salt), "expected password-derived keys at the standard cost by default");
    }

    @Test
    void aTestServerMaySetACheaperCostThatTheHashRecords() {
        Secrets cheap = new Secrets();
        cheap.configure(Optional.of("8192, 1, 1"));
        String hash = cheap.hashPassword(PASSWORD);
        assertTrue(hash.startsWith("$argon2id$v=19$m=8192,t=1,p=1$"), "expected the configured cost: " + hash);
        assertTrue(new Secrets().verifyPassword(PASSWORD, hash),
                "expected any server to verify the hash, at the cost written in it");
        byte[] salt = PasswordKeys.salt();
        assertArrayEquals(PasswordKeys.derive(PASSWORD, salt, new PasswordKeys.Cost(8_192, 1, 1)),
                cheap.passwordKey(PASSWORD, salt), "expected password-derived keys at the configured cost");
        assertThrows(IllegalArgumentException.class, () -> new Secrets().configure(Optional.of("8192,1")),
                "expected a cost that is not memoryKiB,passes,lanes refused");
        assertThrows(IllegalArgumentException.class, () -> new Secrets().configure(Optional.of("8192,0,1")),
                "expected zero passes refused");
    }

    @Test
    void onlyTheIntegrationTestServerSetsTheCost() throws IOException {
        for (Path production : List.of(BASE.resolve("server-config"), BASE.resolve("src/main/resources"),
                BASE.resolve("src/main/webapp"))) {
            List<Path> setting = filesNaming(production);
            assertTrue(setting.isEmpty(), "expected nothing a production server is built from to set the cost: "
                    + setting);
        }
        assertFalse(filesNaming(BASE.resolve("src/test/liberty")).isEmpty(),
                "expected the integration-test server to set its cheaper cost (else this test proves nothing there)");
    }

    private static List<Path> filesNaming(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    return text.contains("xenia.passwords.cost") || text.contains("XENIA_PASSWORDS_COST");
                } catch (IOException unreadable) {
                    throw new java.io.UncheckedIOException(unreadable);
                }
            }).toList();
        }
    }
}
