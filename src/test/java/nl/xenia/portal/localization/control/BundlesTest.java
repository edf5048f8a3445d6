package nl.xenia.portal.localization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.xenia.portal.localization.boundary.Translated;
import nl.xenia.portal.localization.view.ErrorPageBacking;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.staff.entity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundles are complete or the build fails: the same keys in every language (office keys in the
 * office languages), a label for every value of every enum that has labels, every key that a page, a
 * class or a {@link Translated} constant uses exists, and every value is a valid ICU pattern. Enums and
 * constants are discovered in the compiled main classes, not listed here.
 */
class BundlesTest {

    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
    /** The office (staff) speaks only these; its keys are in their bundles alone. */
    private static final Set<String> OFFICE_LANGUAGES = Set.of("nl", "en");
    /** Keys in pages: #{msg['key']}, #{msg.format('key', …)}, and prefixes #{msg['Topic.'.concat(…)]}. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg(?:\\['|\\.format\\(')([A-Za-z0-9_.-]+)'");
    /** Key-shaped string literals in code; one ending in a dot is a prefix when + follows, else a part. */
    private static final Pattern CODE_LITERAL = Pattern
            .compile("\"([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*\\.[A-Za-z0-9_]*)\"(\\s*\\+)?");

    private static Map<String, Properties> bundles;
    /** Every enum of the main classes, by the prefix of its labels ({@code Topic.}, {@code QuestionMessage.Author.}). */
    private static Map<String, Class<?>> enums;
    /** Every static final constant of the main classes whose type is {@link Translated}, by where it is. */
    private static Map<String, Translated> translated;

    /**
     * A key a page or class uses, or a prefix it completes at run time, or (part) a key-shaped literal
     * ending in a dot that code completes in another way; and whether a public (not office) page or bean
     * uses it.
     */
    record Use(String key, boolean prefix, boolean everyLanguage, String where, boolean part) {

        Use(String key, boolean prefix, boolean everyLanguage, String where) {
            this(key, prefix, everyLanguage, where, false);
        }
    }

    @BeforeAll
    static void load() throws IOException, IllegalAccessException {
        bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("i18n"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("messages_[a-z]{2,3}\\.properties"))
                    .toList()) {
                String language = file.getFileName().toString().replaceAll("messages_|\\.properties", "");
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                bundles.put(language, properties);
            }
        }
        enums = new TreeMap<>();
        translated = new TreeMap<>();
        for (Class<?> type : mainClasses()) {
            if (type.isEnum()) {
                enums.put(labelPrefix(type), type);
            }
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                        && Translated.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    translated.put(type.getName() + "." + field.getName(), (Translated) field.get(null));
                }
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

    @Test
    void everyLanguageHasTheSameKeys() {
        for (Map.Entry<String, Properties> bundle : bundles.entrySet()) {
            Set<String> reference = new TreeSet<>(bundles.get("en").stringPropertyNames());
            if (!OFFICE_LANGUAGES.contains(bundle.getKey())) {
                reference.removeIf(BundlesTest::officeOnly);
            }
            Set<String> keys = new TreeSet<>(bundle.getValue().stringPropertyNames());
            Set<String> missing = new TreeSet<>(reference);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(reference);
            assertTrue(missing.isEmpty(), "expected no key missing in " + bundle.getKey() + ", missing: " + missing);
            assertTrue(extra.isEmpty(), "expected no key in " + bundle.getKey() + " that English lacks: " + extra);
        }
    }

    @Test
    void everyEnumWithLabelsHasOneForEveryValueInEveryLanguageItIsShownIn() {
        Map<String, Class<?>> labelled = labelledEnums();
        assertTrue(labelled.containsValue(Topic.class) && labelled.containsValue(Role.class),
                "expected the scan of the main classes to find the enums with labels, such as Topic and Role, found "
                        + labelled.keySet());
        List<String> missing = new ArrayList<>();
        labelled.forEach((prefix, type) -> {
            for (String language : languagesOf(prefix)) {
                for (Object value : type.getEnumConstants()) {
                    String key = prefix + ((Enum<?>) value).name();
                    if (!bundles.get(language).containsKey(key)) {
                        missing.add(language + ":" + key);
                    }
                }
            }
        });
        assertTrue(missing.isEmpty(), "expected a label (EnumName.VALUE) for every value of every enum with labels, "
                + "in every language that has some of its labels and at least in the office languages; missing: "
                + missing);
    }

    @Test
    void everyKeyOfATranslatedConstantExists() {
        List<String> missing = new ArrayList<>();
        translated.forEach((where, constant) -> {
            for (String key : constant.bundleKeys()) {
                for (String language : languagesOf(key)) {
                    if (!bundles.get(language).containsKey(key)) {
                        missing.add(language + ":" + key + " (" + where + ")");
                    }
                }
            }
        });
        assertTrue(missing.isEmpty(), "expected every key that a Translated constant names to exist: " + missing);
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        List<Use> uses = uses();
        assertTrue(uses.size() > 100, "expected the scan to find the keys used in pages and code, found " + uses);
        List<String> unknown = new ArrayList<>();
        for (Use use : uses.stream().filter(use -> !use.prefix() && !use.part()).toList()) {
            Set<String> languages = use.everyLanguage() ? bundles.keySet() : languagesOf(use.key());
            for (String language : languages) {
                if (!bundles.get(language).containsKey(use.key())) {
                    unknown.add(language + ":" + use.key() + " (" + use.where() + ")");
                }
            }
        }
        for (int status : ErrorPageBacking.STATUSES) {
            for (String key : List.of("errorpages." + status + ".title", "errorpages." + status + ".text")) {
                if (!bundles.get("en").containsKey(key)) {
                    unknown.add("en:" + key + " (ErrorPageBacking.STATUSES)");
                }
            }
        }
        assertTrue(unknown.isEmpty(), "expected every key used in a page or class to exist in every language it is "
                + "shown in (public pages and beans: all), unknown: " + unknown);
    }

    /**
     * A key made at run time ('Topic.'.concat(name), "ThreadStatus." + status.name()) must be an enum's
     * label prefix, or a prefix that some enum completes with every value or that Translated constants'
     * keys share, so that another check covers each key it can make; a public page's prefix must be
     * that of labels in every language.
     */
    @Test
    void everyKeyMadeAtRunTimeIsAnEnumLabel() throws IOException {
        Map<String, Class<?>> labelled = labelledEnums();
        List<String> unchecked = new ArrayList<>();
        for (Use use : uses().stream().filter(Use::prefix).toList()) {
            boolean enumLabels = labelled.containsKey(use.key()) || completedByAnEnum(use.key())
                    || namedByTranslatedConstants(use.key());
            boolean shownEverywhere = !use.everyLanguage() || !officeOnly(use.key() + "VALUE");
            boolean errorPages = "errorpages.".equals(use.key()) && use.where().contains("ErrorPageBacking");
            if (!(enumLabels && shownEverywhere) && !errorPages) {
                unchecked.add(use.key() + " (" + use.where() + ")");
            }
        }
        assertTrue(unchecked.isEmpty(), "expected every key made at run time to be EnumName.VALUE of an enum with "
                + "labels for every value (in every language when a public page uses it), found: " + unchecked);
    }

    /**
     * No dead texts: every key is used by a page or class, is the label of an enum value, is named by a
     * Translated constant, or starts with a prefix that code completes at run time (office.AuditAction.,
     * mail.).
     */
    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Use use : uses()) {
            (use.prefix() || use.part() ? prefixes : used).add(use.key());
        }
        labelledEnums().forEach((prefix, type) -> Arrays.stream(type.getEnumConstants())
                .forEach(value -> used.add(prefix + ((Enum<?>) value).name())));
        prefixes.removeAll(labelledEnums().keySet());
        translated.values().forEach(constant -> used.addAll(constant.bundleKeys()));
        for (int status : ErrorPageBacking.STATUSES) {
            used.add("errorpages." + status + ".title");
            used.add("errorpages." + status + ".text");
        }
        prefixes.remove("errorpages.");
        Set<String> unused = new TreeSet<>(bundles.get("en").stringPropertyNames());
        unused.removeAll(used);
        unused.removeIf(key -> prefixes.stream().anyMatch(key::startsWith));
        assertTrue(unused.isEmpty(), "expected every key to be used by a page or class, unused: " + unused);
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
    void pluralsFollowEachLanguagesRules() {
        assertEquals("You can read this site in 1 language. Choose yours at the top.",
                Bundles.format("en", "home.help.languages", Map.of("count", 1)), "expected English singular");
        assertEquals("You can read this site in 5 languages. Choose yours at the top.",
                Bundles.format("en", "home.help.languages", Map.of("count", 5)), "expected English plural");
        String romanianFew = Bundles.format("ro", "home.help.languages", Map.of("count", 3));
        String romanianMany = Bundles.format("ro", "home.help.languages", Map.of("count", 20));
        assertTrue(romanianMany.contains("20 de limbi"),
                "expected Romanian '20 de limbi' (plural category other): " + romanianMany);
        assertTrue(romanianFew.contains("3 limbi"), "expected Romanian '3 limbi' (category few): " + romanianFew);
        assertTrue(Bundles.format("ro", "ask.stored", Map.of("days", 90)).contains("90 de zile"),
                "expected Romanian '90 de zile' (a number of 20 or more takes 'de')");
        assertTrue(Bundles.format("ro", "privacy.kept.days", Map.of("days", 14)).contains("14 zile"),
                "expected Romanian '14 zile' on the privacy page (fewer than 20 take no 'de')");
        assertTrue(Bundles.format("ro", "privacy.mail.deleted", Map.of("days", 90)).contains("90 de zile"),
                "expected Romanian '90 de zile' on the privacy page");
        assertTrue(Bundles.format("ro", "ask.input.question.hint", Map.of("max", 4000)).contains("4.000 de caractere"),
                "expected Romanian '4.000 de caractere'");
        assertTrue(Bundles.format("bg", "privacy.kept.days", Map.of("days", 1)).contains("1 ден"),
                "expected Bulgarian '1 ден' (category one)");
        assertTrue(Bundles.format("es", "privacy.kept.days", Map.of("days", 1)).contains("1 día"),
                "expected Spanish '1 día' (category one)");
    }

    @Test
    void phoneNumbersOnTheHomePageNeverBreakAtTheirHyphen() {
        for (Map.Entry<String, Properties> bundle : bundles.entrySet()) {
            for (String key : bundle.getValue().stringPropertyNames()) {
                if (key.startsWith("home.emergency.")) {
                    String text = bundle.getValue().getProperty(key);
                    assertFalse(text.matches("(?s).*\\d-\\d.*"), "expected " + bundle.getKey() + ":" + key
                            + " to join a phone number's parts with a non-breaking hyphen (U+2011): " + text);
                }
            }
        }
    }

    @Test
    void aMissingKeyIsShownAsSuch() {
        assertEquals("???no.such.key???", Bundles.text("nl", "no.such.key"),
                "expected an unknown key to show as ???key??? rather than fail the page");
    }

    /** The label prefix of an enum: its name inside its package, and a dot ({@code OpeningHour.Kind.}). */
    static String labelPrefix(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.') + ".";
    }

    /** Enums with a key EnumName.VALUE for one of their values in some language, by label prefix. */
    private static Map<String, Class<?>> labelledEnums() {
        Map<String, Class<?>> labelled = new TreeMap<>();
        enums.forEach((prefix, type) -> {
            boolean hasOne = Arrays.stream(type.getEnumConstants())
                    .anyMatch(value -> bundles.values().stream()
                            .anyMatch(bundle -> bundle.containsKey(prefix + ((Enum<?>) value).name())));
            if (hasOne && !Translated.class.isAssignableFrom(type)) {
                labelled.put(prefix, type);
            }
        });
        return labelled;
    }

    /** Whether some enum has a key prefix + VALUE for every value (a prefix other than EnumName.). */
    private static boolean completedByAnEnum(String prefix) {
        return enums.values().stream().anyMatch(type -> Arrays.stream(type.getEnumConstants())
                .allMatch(value -> bundles.get("en").containsKey(prefix + ((Enum<?>) value).name())));
    }

    /** Whether the prefix is that of keys Translated constants name (each of which is checked itself). */
    private static boolean namedByTranslatedConstants(String prefix) {
        return translated.values().stream().flatMap(constant -> constant.bundleKeys().stream())
                .anyMatch(key -> key.startsWith(prefix));
    }

    /**
     * An office key is shown only in the office languages: it starts with office., or it is the label
     * of an enum that has no label outside the office languages (Role, ThreadStatus).
     */
    private static boolean officeOnly(String key) {
        if (key.startsWith("office.")) {
            return true;
        }
        return enums.keySet().stream().filter(key::startsWith).anyMatch(prefix -> bundles.entrySet().stream()
                .filter(bundle -> !OFFICE_LANGUAGES.contains(bundle.getKey()))
                .noneMatch(bundle -> bundle.getValue().stringPropertyNames().stream()
                        .anyMatch(other -> other.startsWith(prefix))));
    }

    private static Set<String> languagesOf(String key) {
        return officeOnly(key) ? OFFICE_LANGUAGES : bundles.keySet();
    }

    /** The keys and prefixes that the pages and the main classes use. */
    private static List<Use> uses() throws IOException {
        Set<String> namespaces = bundles.get("en").stringPropertyNames().stream()
                .map(key -> key.substring(0, key.indexOf('.') + 1))
                .filter(namespace -> Character.isLowerCase(namespace.charAt(0))).collect(Collectors.toSet());
        Set<String> enumPrefixes = labelledEnums().keySet();
        List<Use> uses = new ArrayList<>();
        for (Map.Entry<Path, String> page : read("src/main/webapp", ".xhtml").entrySet()) {
            String path = ROOT.resolve("src/main/webapp").relativize(page.getKey()).toString().replace('\\', '/');
            boolean office = path.startsWith("office/") || path.endsWith("templates/office.xhtml");
            Matcher matcher = PAGE_KEY.matcher(page.getValue());
            while (matcher.find()) {
                String key = matcher.group(1);
                uses.add(new Use(key, key.endsWith("."), !office, path));
            }
        }
        for (Map.Entry<Path, String> source : read("src/main/java", ".java").entrySet()) {
            String path = source.getKey().toString().replace('\\', '/');
            boolean publicView = path.contains("/view/") && !path.contains("/view/office/");
            String where = source.getKey().getFileName().toString();
            Matcher matcher = CODE_LITERAL.matcher(source.getValue());
            while (matcher.find()) {
                String key = matcher.group(1);
                boolean prefix = key.endsWith(".") && matcher.group(2) != null;
                boolean isKey = namespaces.stream().anyMatch(key::startsWith)
                        || enumPrefixes.stream().anyMatch(key::startsWith)
                        || prefix && Character.isUpperCase(key.charAt(0)) && enums.containsKey(key);
                if (isKey) {
                    boolean part = key.endsWith(".") && !prefix;
                    uses.add(new Use(key, prefix, publicView, where, part));
                }
            }
        }
        return uses;
    }

    private static Map<Path, String> read(String folder, String suffix) throws IOException {
        Map<Path, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
            files.filter(file -> file.toString().endsWith(suffix)).sorted().forEach(file -> {
                try {
                    texts.put(file, Files.readString(file));
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            });
        }
        assertFalse(texts.isEmpty(), "expected files ending in " + suffix + " in " + folder);
        return texts;
    }

    /** Every class compiled from src/main (target/classes), loaded without running it. */
    private static List<Class<?>> mainClasses() throws IOException {
        Path classes = ROOT.resolve("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("nl/xenia/portal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/').replace('/', '.')
                        .replaceAll("\\.class$", "");
                try {
                    found.add(Class.forName(name, false, BundlesTest.class.getClassLoader()));
                } catch (ClassNotFoundException notOnTheClassPath) {
                    throw new IllegalStateException("expected the main class " + name + " on the test class path",
                            notOnTheClassPath);
                }
            }
        }
        assertTrue(found.size() > 50, "expected the compiled main classes in " + classes + ", found " + found.size());
        return found;
    }
}
