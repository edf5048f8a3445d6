package nl.xenia.portal.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive for in-container (Arquillian) tests: the whole portal as built (every class and
 * resource under target/classes, its persistence unit included, so no class list to keep), its
 * libraries and bundles, the test helpers (everything under target/test-classes that is not itself a
 * test class, ending in IT or Test), and the movable clock in place of the system one. Arquillian
 * adds the test class. The archive carries the test's canary marker ({@link Leaks#marker(String)}). The archive does no background work of its own ({@code xenia.background.jobs}
 * is false): the portal's own app already delivers the outbox and runs retention, and an archive
 * whose clock a test moves must not purge the portal's data. Its web.xml turns the portal's own
 * filters off (the tests call beans, not pages).
 */
public final class Deployments {

    private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));
    private static final String CONFIG = "META-INF/microprofile-config.properties";

    private Deployments() {
    }

    /** The archive, named for the test (its context root). */
    public static WebArchive archive(String name) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
        Path classes = BASE.resolve("target/classes");
        for (Path file : tree(classes)) {
            String path = classes.relativize(file).toString().replace(File.separatorChar, '/');
            if (!path.equals(CONFIG)) {
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
        war.setWebXML(new StringAsset(webXml(classes)));
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
     * A web.xml that maps each of the portal's own filters (found by their {@code @WebFilter}) to a
     * path nobody asks for: the descriptor's mapping replaces the annotation's (Servlet 6.0, 8.2.3),
     * so the language routing does not answer the Arquillian runner's requests with 404.
     */
    private static String webXml(Path classes) {
        StringBuilder xml = new StringBuilder(
                "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n");
        for (Path file : tree(classes)) {
            String path = classes.relativize(file).toString().replace(File.separatorChar, '/');
            if (path.endsWith(".class") && !path.contains("$") && Leaks.contains(readBytes(file),
                    "Ljakarta/servlet/annotation/WebFilter;")) {
                String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
                try {
                    jakarta.servlet.annotation.WebFilter filter = Class
                            .forName(name, false, Deployments.class.getClassLoader())
                            .getAnnotation(jakarta.servlet.annotation.WebFilter.class);
                    String filterName = filter.filterName().isEmpty() ? name : filter.filterName();
                    xml.append("  <filter-mapping><filter-name>").append(filterName)
                            .append("</filter-name><url-pattern>/portal-filter-off-in-test-archives</url-pattern>")
                            .append("</filter-mapping>\n");
                } catch (ClassNotFoundException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        return xml.append("</web-app>\n").toString();
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
