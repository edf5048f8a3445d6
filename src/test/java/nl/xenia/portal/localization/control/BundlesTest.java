package nl.xenia.portal.localization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.xenia.portal.info.entity.OpeningHour;
import nl.xenia.portal.localization.boundary.Translated;
import nl.xenia.portal.localization.view.ErrorPageBacking;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundles are complete or the build fails: the same keys in every language, every key that a
 * page or class uses exists, and every value is a valid ICU pattern.
 */
class BundlesTest {

    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
    /** Keys in pages: #{msg['key']} and #{msg.format('key', …)}. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg(?:\\['|\\.format\\(')([A-Za-z0-9_.-]+)'");
    /** Keys in code: Bundles.text/format(lang, "key"…), messages.get/format("key"…). */
    private static final Pattern CODE_KEY = Pattern
            .compile(
                    "(?:text|format|get|addMessage)\\(\\s*(?:[a-zA-Z_.()]+,\\s*)?\"([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]+)\"");

    private static Map<String, Properties> bundles;

    @BeforeAll
    static void load() throws IOException {
        bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("i18n"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("messages_[a-z]{2,3}\\.properties"))
                    .toList()) {
                String language = file.getFileName().toString().replaceAll("messages_|\\.properties", "");
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
                bundles.put(language, properties);
            }
        }
    }

    @Test
    void everyConfiguredLanguageHasABundle() throws IOException {
        Properties config = new Properties();
        try (InputStream in = Files
                .newInputStream(ROOT.resolve("src/main/resources/META-INF/microprofile-config.properties"))) {
            config.load(in);
        }
        for (String language : config.getProperty("xenia.languages").split(",")) {
            assertTrue(bundles.containsKey(language.trim()),
                    "expected a bundle i18n/messages_" + language.trim() + ".properties for configured language");
        }
        assertTrue(bundles.size() >= 5, "expected at least the bundles nl, en, ro, bg and es");
    }

    /** The office (staff) speaks only these; its keys (office.*) are in their bundles alone. */
    private static final Set<String> OFFICE_LANGUAGES = Set.of("nl", "en");

    @Test
    void everyLanguageHasTheSameKeys() {
        for (Map.Entry<String, Properties> bundle : bundles.entrySet()) {
            boolean office = OFFICE_LANGUAGES.contains(bundle.getKey());
            Set<String> reference = new TreeSet<>(bundles.get("en").stringPropertyNames());
            Set<String> keys = new TreeSet<>(bundle.getValue().stringPropertyNames());
            if (!office) {
                reference.removeIf(key -> key.startsWith("office."));
            }
            Set<String> missing = new TreeSet<>(reference);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(reference);
            assertTrue(missing.isEmpty(), "expected no key missing in " + bundle.getKey() + ", missing: " + missing);
            assertTrue(extra.isEmpty(), "expected no key in " + bundle.getKey() + " that English lacks: " + extra);
        }
    }

    @Test
    void everyValueIsAValidIcuPatternWithTheSameArguments() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Properties> bundle : bundles.entrySet()) {
            for (String key : bundle.getValue().stringPropertyNames()) {
                String value = bundle.getValue().getProperty(key);
                try {
                    MessageFormat format = new MessageFormat(value);
                    Set<String> names = format.getArgumentNames();
                    Set<String> english = new MessageFormat(bundles.get("en").getProperty(key)).getArgumentNames();
                    if (!names.equals(english)) {
                        problems.add(
                                bundle.getKey() + ":" + key + " has arguments " + names + ", English has " + english);
                    }
                } catch (IllegalArgumentException invalid) {
                    problems.add(bundle.getKey() + ":" + key + " is not a valid ICU pattern: " + invalid.getMessage());
                }
                if (value.isBlank()) {
                    problems.add(bundle.getKey() + ":" + key + " is empty");
                }
            }
        }
        assertTrue(problems.isEmpty(), "expected every value to be a valid ICU pattern: " + problems);
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(ROOT.resolve("src/main/webapp"), ".xhtml", PAGE_KEY, used);
        collect(ROOT.resolve("src/main/java"), ".java", CODE_KEY, used);
        for (OpeningHour.Kind kind : OpeningHour.Kind.values()) {
            used.add("OpeningHour.Kind." + kind.name());
        }
        for (nl.xenia.portal.staff.entity.Role role : nl.xenia.portal.staff.entity.Role.values()) {
            used.add("office.role." + role.name());
        }
        for (StaffAccountException.Problem problem : StaffAccountException.Problem.values()) {
            used.add("office.problem." + problem.name());
        }
        used.addAll(translatedConstantKeys());
        for (int status : ErrorPageBacking.STATUSES) {
            used.add("errorpages." + status + ".title");
            used.add("errorpages." + status + ".text");
        }
        assertTrue(used.size() > 30, "expected the scan to find the keys used in pages and code, found " + used);
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(bundles.get("en").stringPropertyNames());
        assertTrue(unknown.isEmpty(), "expected every key used in a page or class to exist, unknown: " + unknown);
    }

    @Test
    void pluralsFollowEachLanguagesRules() {
        assertEquals("This site speaks 1 language. Choose yours at the top of the page.",
                Bundles.format("en", "home.help.languages", Map.of("count", 1)), "expected English singular");
        assertEquals("This site speaks 5 languages. Choose yours at the top of the page.",
                Bundles.format("en", "home.help.languages", Map.of("count", 5)), "expected English plural");
        String romanianFew = Bundles.format("ro", "home.help.languages", Map.of("count", 3));
        String romanianMany = Bundles.format("ro", "home.help.languages", Map.of("count", 20));
        assertTrue(romanianMany.contains("20 de limbi"),
                "expected Romanian '20 de limbi' (plural category other): " + romanianMany);
        assertTrue(romanianFew.contains("3 limbi"), "expected Romanian '3 limbi' (category few): " + romanianFew);
    }

    @Test
    void aMissingKeyIsShownAsSuch() {
        assertEquals("???no.such.key???", Bundles.text("nl", "no.such.key"),
                "expected an unknown key to show as ???key??? rather than fail the page");
    }

    private static void collect(Path folder, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(file -> file.toString().endsWith(suffix)).forEach(file -> {
                try {
                    Matcher matcher = pattern.matcher(Files.readString(file));
                    while (matcher.find()) {
                        // a prefix completed at run time (msg['office.role.'.concat(role)]) is checked by the enum loops
                        if (!matcher.group(1).endsWith(".")) {
                            into.add(matcher.group(1));
                        }
                    }
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            });
        }
        if (into.isEmpty()) {
            fail("expected keys in " + folder);
        }
    }

    /**
     * The bundle keys of every constant in the main classes whose type is {@link Translated} (mail templates,
     * audit actions), found by walking the compiled classes: no list of them exists.
     */
    static Set<String> translatedConstantKeys() throws IOException {
        Path classes = ROOT.resolve("target/classes");
        Set<String> keys = new TreeSet<>();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(classes)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, BundlesTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError notLoadable) {
                    continue;
                }
                for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (java.lang.reflect.Modifier.isStatic(modifiers) && java.lang.reflect.Modifier.isFinal(modifiers)
                            && Translated.class.isAssignableFrom(field.getType())) {
                        field.setAccessible(true);
                        try {
                            keys.addAll(((Translated) field.get(null)).bundleKeys());
                        } catch (IllegalAccessException unreadable) {
                            throw new IllegalStateException(unreadable);
                        }
                    }
                }
            }
        }
        return keys;
    }
}
