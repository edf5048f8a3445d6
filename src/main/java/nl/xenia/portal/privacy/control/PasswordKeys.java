package nl.xenia.portal.privacy.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (Bouncy Castle) for what people know: password hashes to check a login, and keys derived
 * from a password or a code to wrap other keys. Parameters are above OWASP's minimum (19 MiB, 2
 * passes): 64 MiB, 3 passes, 1 lane.
 */
public final class PasswordKeys {

    /** Argon2id cost: memory in KiB, passes, lanes. */
    public record Cost(int memoryKiB, int passes, int lanes) {

        /** What new hashes and keys use (unless a test server sets a cheaper cost, see {@code Secrets}). */
        public static final Cost STANDARD = new Cost(65_536, 3, 1);

        /** A cost written as {@code memoryKiB,passes,lanes} (e.g. {@code 65536,3,1}). */
        public static Cost parse(String written) {
            String[] parts = written.strip().split("\\s*,\\s*");
            if (parts.length != 3) {
                throw new IllegalArgumentException("expected memoryKiB,passes,lanes");
            }
            Cost cost = new Cost(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            if (cost.memoryKiB() < 8 * cost.lanes() || cost.passes() < 1 || cost.lanes() < 1) {
                throw new IllegalArgumentException("not an Argon2id cost");
            }
            return cost;
        }

        /** Whether this costs less than the standard in memory or passes. */
        public boolean belowStandard() {
            return memoryKiB < STANDARD.memoryKiB || passes < STANDARD.passes;
        }
    }

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ENCODED = Pattern
            .compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    private PasswordKeys() {
    }

    /** A new random salt. */
    public static byte[] salt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** A 256-bit key derived from a secret (password or code) and a salt. */
    public static byte[] derive(char[] secret, byte[] salt, Cost cost) {
        byte[] key = new byte[HASH_BYTES];
        byte[] secretBytes = utf8(secret);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(cost.memoryKiB())
                    .withIterations(cost.passes()).withParallelism(cost.lanes()).withSalt(salt).build());
            generator.generateBytes(secretBytes, key);
            return key;
        } finally {
            Arrays.fill(secretBytes, (byte) 0);
        }
    }

    /** A password hash at the standard cost, in the PHC string format ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}). */
    public static String hash(char[] password) {
        return hash(password, Cost.STANDARD);
    }

    /** A password hash at the given cost, in the PHC string format; {@link #verify} reads the cost from it. */
    public static String hash(char[] password, Cost cost) {
        byte[] salt = salt();
        byte[] hash = derive(password, salt, cost);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + cost.memoryKiB() + ",t=" + cost.passes() + ",p=" + cost.lanes() + "$"
                + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** Whether the password matches the hash (compared in constant time). */
    public static boolean verify(char[] password, String encoded) {
        Matcher parts = encoded == null ? null : ENCODED.matcher(encoded);
        if (parts == null || !parts.matches()) {
            return false;
        }
        Cost cost = new Cost(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                Integer.parseInt(parts.group(3)));
        byte[] salt = Base64.getDecoder().decode(parts.group(4));
        byte[] expected = Base64.getDecoder().decode(parts.group(5));
        return MessageDigest.isEqual(expected, derive(password, salt, cost));
    }

    private static byte[] utf8(char[] secret) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
