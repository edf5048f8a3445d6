package nl.xenia.portal.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test archives for in-container (Arquillian) tests, with the same libraries and bundles as the portal. */
public final class Deployments {

    private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));

    private Deployments() {
    }

    /**
     * An archive with the portal's libraries (from the built WAR), its bundles and configuration
     * defaults, CDI on, and the given persistence unit (a test resource) as META-INF/persistence.xml.
     */
    public static WebArchive archive(String name, String persistenceUnit) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsResource(persistenceUnit, "META-INF/persistence.xml")
                .addAsResource("META-INF/microprofile-config.properties")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addClass(nl.xenia.portal.localization.boundary.Translated.class);
        for (File library : files(BASE.resolve("target/xenia/WEB-INF/lib"), ".jar")) {
            war.addAsLibrary(library);
        }
        for (File bundle : files(BASE.resolve("i18n"), ".properties")) {
            war.addAsResource(bundle, "i18n/" + bundle.getName());
        }
        return war;
    }

    private static java.util.List<File> files(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::toFile).filter(file -> file.getName().endsWith(suffix)).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
