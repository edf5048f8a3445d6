package nl.xenia.portal.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * For canary tests: random markers, a full database dump as an operator would take it (in the container), and a
 * byte search through every file under a folder (from the client: never read the server's files
 * from inside the server, see the README's test notes).
 */
public final class Leaks {

    private static final java.util.Map<String, String> MARKERS = new java.util.HashMap<>();

    private Leaks() {
    }

    /**
     * A canary marker: 128 random bits in hex, new in every JVM, so it cannot turn up by chance in
     * sealed bytes, in a dump's hex, or from an earlier run.
     */
    public static String marker() {
        byte[] bits = new byte[16];
        new java.security.SecureRandom().nextBytes(bits);
        return java.util.HexFormat.of().formatHex(bits);
    }

    /**
     * The canary marker of one test archive in this run, the same on both sides of an in-container
     * test: made in the test's JVM, and carried to the server inside the archive ({@link Deployments}
     * adds it), where it is read back.
     */
    public static synchronized String marker(String archive) {
        return MARKERS.computeIfAbsent(archive, name -> {
            try (java.io.InputStream carried = Leaks.class.getClassLoader().getResourceAsStream(markerResource(name))) {
                return carried == null ? marker() : new String(carried.readAllBytes(), StandardCharsets.UTF_8).strip();
            } catch (IOException unreadable) {
                throw new java.io.UncheckedIOException(unreadable);
            }
        });
    }

    /** Where an archive carries its marker. */
    static String markerResource(String archive) {
        return "leaks/" + archive + ".marker";
    }

    /** A full dump as an operator would take it: H2's SCRIPT plus its database file, or pg_dump of the database. */
    public static byte[] fullDump(DataSource database) throws Exception {
        try (Connection connection = database.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (url.startsWith("jdbc:h2:")) {
                Path script = Files.createTempFile("xenia-dump", ".sql");
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT SYNC");
                    statement.execute("SCRIPT TO '" + script + "'");
                }
                byte[] text = Files.readAllBytes(script);
                Files.delete(script);
                return text;
            }
            URI server = URI.create(url.substring("jdbc:".length()));
            String name = server.getPath().substring(1);
            Process dump = new ProcessBuilder("pg_dump", "--host", server.getHost(), "--port",
                    String.valueOf(server.getPort() < 0 ? 5432 : server.getPort()), "--username",
                    connection.getMetaData().getUserName(), "--no-password", "--inserts", name)
                    .redirectErrorStream(true).start();
            byte[] output = dump.getInputStream().readAllBytes();
            assertTrue(dump.waitFor(60, TimeUnit.SECONDS) && dump.exitValue() == 0,
                    "expected pg_dump to work: " + new String(output, StandardCharsets.UTF_8));
            return output;
        }
    }

    /**
     * Every file under a folder that holds the text. A file the server removes while the walk goes on
     * (its OSGi work area keeps changing) is passed over: it holds nothing any more.
     */
    public static List<Path> filesContaining(Path folder, String text) throws IOException {
        List<Path> found = new java.util.ArrayList<>();
        Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<Path>() {

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file,
                    java.nio.file.attribute.BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    try {
                        if (contains(Files.readAllBytes(file), text)) {
                            found.add(file);
                        }
                    } catch (java.nio.file.NoSuchFileException gone) {
                        // removed since it was listed
                    }
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof java.nio.file.NoSuchFileException) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
        return found;
    }

    /** Whether the bytes hold the text (UTF-8). */
    public static boolean contains(byte[] haystack, String needle) {
        byte[] bytes = needle.getBytes(StandardCharsets.UTF_8);
        outer : for (int i = 0; i <= haystack.length - bytes.length; i++) {
            for (int j = 0; j < bytes.length; j++) {
                if (haystack[i + j] != bytes[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
