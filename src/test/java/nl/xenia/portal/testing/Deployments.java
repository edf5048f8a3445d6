package nl.xenia.portal.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.Domain;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive for in-container (Arquillian) tests: the whole portal as built (every class and
 * resource under target/classes, its persistence unit included, so no class list to keep), its
 * libraries and bundles, the test helpers (everything under target/test-classes that is not itself a
 * test class, ending in IT or Test), and the movable clock in place of the system one. Arquillian
 * adds the test class. The archive carries the test's canary marker ({@link Leaks#marker(String)}). The archive does no background work of its own ({@code xenia.background.jobs}
 * is false): the portal's own app already delivers the outbox and runs retention, and an archive
 * whose clock a test moves must not purge the portal's data. The portal's own servlets and filters
 * stay out unless another class names them (the tests call beans, not pages).
 */
public final class Deployments {

    private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));
    private static final String CONFIG = "META-INF/microprofile-config.properties";
    /** Archives made here are written by Arquillian with their entries stored ({@link StoredZipExporter}). */
    private static final Domain STORED = ShrinkWrap.createDomain();

    static {
        STORED.getConfiguration().getExtensionLoader().addOverride(ZipExporter.class, StoredZipExporter.class);
    }

    private Deployments() {
    }

    /** The archive, named for the test (its context root). */
    public static WebArchive archive(String name) {
        WebArchive war = STORED.getArchiveFactory().create(WebArchive.class, name + ".war");
        Path classes = BASE.resolve("target/classes");
        Set<String> unusedWebComponents = unusedWebComponents(classes);
        for (Path file : tree(classes)) {
            String path = classes.relativize(file).toString().replace(File.separatorChar, '/');
            if (!path.equals(CONFIG) && !unusedWebComponents.contains(path.replaceAll("(\\$.*)?\\.class$", ""))) {
                war.addAsWebInfResource(file.toFile(), "classes/" + path);
            }
        }
        war.addAsResource(new StringAsset(Leaks.marker(name)), Leaks.markerResource(name));
        war.addAsResource(new StringAsset(read(classes.resolve(CONFIG))
                + "\n# in-container test archives: the portal's own app does the background work\n"
                + "xenia.background.jobs=false\n"), CONFIG);
        Path testClasses = BASE.resolve("target/test-classes");
        for (Path file : tree(testClasses)) {
            String path = testClasses.relativize(file).toString().replace(File.separatorChar, '/');
            String topLevel = file.getFileName().toString().replaceAll("(\\$.*)?\\.class$", "");
            if (path.endsWith(".class") && !topLevel.endsWith("IT") && !topLevel.endsWith("Test")) {
                war.addAsWebInfResource(file.toFile(), "classes/" + path);
            }
        }
        war.addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.1\""
                + " bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        for (Path library : list(BASE.resolve("target/xenia/WEB-INF/lib"), ".jar")) {
            war.addAsLibrary(library.toFile());
        }
        // test classes name jsoup's types (the HTTP helpers), which the container must resolve to run them
        war.addAsLibrary(jarOf(org.jsoup.Jsoup.class));
        for (Path bundle : list(BASE.resolve("i18n"), ".properties")) {
            war.addAsResource(bundle.toFile(), "i18n/" + bundle.getFileName());
        }
        return war;
    }

    /**
     * The portal's servlets, filters and listeners (by their annotations) that no other class of the
     * portal names, as paths without ".class": left out of the archive, since the tests call beans,
     * not pages, and the language routing would answer the Arquillian runner's requests with 404.
     */
    private static Set<String> unusedWebComponents(Path classes) {
        Map<String, byte[]> bytes = new HashMap<>();
        for (Path file : tree(classes)) {
            String path = classes.relativize(file).toString().replace(File.separatorChar, '/');
            if (path.endsWith(".class")) {
                bytes.put(path.substring(0, path.length() - ".class".length()), readBytes(file));
            }
        }
        Set<String> unused = new HashSet<>();
        for (Map.Entry<String, byte[]> type : bytes.entrySet()) {
            boolean webComponent = Stream.of("WebFilter", "WebServlet", "WebListener").anyMatch(
                    annotation -> Leaks.contains(type.getValue(), "Ljakarta/servlet/annotation/" + annotation + ";"));
            if (webComponent && !type.getKey().contains("$")) {
                boolean named = bytes.entrySet().stream()
                        .filter(other -> !other.getKey().equals(type.getKey())
                                && !other.getKey().startsWith(type.getKey() + "$"))
                        .anyMatch(other -> Leaks.contains(other.getValue(), type.getKey()));
                if (!named) {
                    unused.add(type.getKey());
                }
            }
        }
        return unused;
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static List<Path> tree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
