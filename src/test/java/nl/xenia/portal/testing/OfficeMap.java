package nl.xenia.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.xenia.portal.staff.boundary.OfficeContribution;
import nl.xenia.portal.staff.boundary.OfficePage;

/**
 * The office's pages as the components contribute them, read the way the office reads them at start but
 * without a server: every {@link OfficeContribution} among the compiled main classes, made and asked for its
 * pages. Tests of the guard derive what they expect from it, so a new component's pages are covered the day
 * they are added.
 */
public final class OfficeMap {

    private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));

    private OfficeMap() {
    }

    /** Every office page by name. */
    public static Map<String, OfficePage> pages() {
        Path classes = BASE.resolve("target/classes");
        Map<String, OfficePage> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OfficeMap.class.getClassLoader());
                if (OfficeContribution.class.isAssignableFrom(type) && !type.isInterface()
                        && !Modifier.isAbstract(type.getModifiers())) {
                    OfficeContribution contribution = (OfficeContribution) type.getDeclaredConstructor().newInstance();
                    contribution.pages().forEach(page -> pages.put(page.name(), page));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (ReflectiveOperationException broken) {
            throw new IllegalStateException("an office contribution could not be made", broken);
        }
        return pages;
    }

    /** Every view file under src/main/webapp/office, as a view id ({@code /office/questions/question.xhtml}). */
    public static Set<String> viewFiles() {
        Path webapp = BASE.resolve("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp.resolve("office"))) {
            return files.filter(path -> path.toString().endsWith(".xhtml"))
                    .map(path -> "/" + webapp.relativize(path).toString().replace(java.io.File.separatorChar, '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A page's view without the office folder and suffix ({@code questions/question}), for attack paths. */
    public static String viewPath(OfficePage page) {
        return page.view().substring("/office/".length(), page.view().length() - ".xhtml".length());
    }
}
