package nl.xenia.portal.operations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 10, point 18: the server configuration in {@code server-config/} loads the OpenAPI feature
 * (the API description and its browser UI, which ships a weaker Content-Security-Policy) only with
 * {@code xenia.demo=true}, and {@code xenia.demo} is off unless asked for. Reads server.xml and every
 * file it includes, with the include locations resolved as Liberty would for a given value of the
 * variable (the integration-test server always runs with the demo on).
 */
class OpenApiOnlyWithTheDemoTest {

    private static final Path CONFIG = Path.of(System.getProperty("project.basedir", "."), "server-config");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    @Test
    void withoutTheDemoNoOpenApiFeatureIsConfigured() throws Exception {
        List<String> features = features(Map.of("xenia.demo", "false"));
        assertTrue(features.contains("restfulWS-4.0"), "expected the JSON API's feature without the demo: " + features);
        assertTrue(features.stream().noneMatch(feature -> feature.toLowerCase(Locale.ROOT).contains("openapi")),
                "expected no OpenAPI feature (no /openapi, no /openapi/ui) with xenia.demo=false: " + features);
    }

    @Test
    void aValueOtherThanTrueLoadsNoOpenApiEither() throws Exception {
        for (String value : new String[]{"TRUE", "yes", "1", ""}) {
            List<String> features = features(Map.of("xenia.demo", value));
            assertTrue(features.stream().noneMatch(feature -> feature.toLowerCase(Locale.ROOT).contains("openapi")),
                    "expected no OpenAPI feature with xenia.demo='" + value + "': " + features);
        }
    }

    @Test
    void withTheDemoTheOpenApiFeatureIsConfigured() throws Exception {
        assertTrue(features(Map.of("xenia.demo", "true")).contains("mpOpenAPI-4.1"),
                "expected mpOpenAPI-4.1 with xenia.demo=true (the demo and the tests show the API description)");
    }

    @Test
    void theDemoIsOffByDefault() throws Exception {
        assertEquals("false", defaultOf("xenia.demo"), "expected xenia.demo to default to false in server-config");
    }

    @Test
    void onlyKnownHostsAreAnswered() throws Exception {
        List<String> aliases = new ArrayList<>();
        for (Document file : files(Map.of("xenia.demo", "false"))) {
            NodeList hosts = file.getElementsByTagName("virtualHost");
            for (int i = 0; i < hosts.getLength(); i++) {
                Element host = (Element) hosts.item(i);
                if ("default_host".equals(host.getAttribute("id"))) {
                    NodeList children = host.getElementsByTagName("hostAlias");
                    for (int j = 0; j < children.getLength(); j++) {
                        aliases.add(children.item(j).getTextContent().strip());
                    }
                }
            }
        }
        assertFalse(aliases.isEmpty(), "expected the default virtual host limited to named host aliases");
        assertTrue(aliases.stream().noneMatch(alias -> alias.startsWith("*")),
                "expected no wildcard host alias (a request naming any Host would be answered): " + aliases);
        assertTrue(aliases.contains("${xenia.public.host}"), "expected the public host as an alias: " + aliases);
    }

    /** The features of server.xml and of every file it includes, for the given variable values. */
    private static List<String> features(Map<String, String> variables) throws Exception {
        List<String> features = new ArrayList<>();
        for (Document file : files(variables)) {
            NodeList elements = file.getElementsByTagName("feature");
            for (int i = 0; i < elements.getLength(); i++) {
                features.add(elements.item(i).getTextContent().strip());
            }
        }
        return features;
    }

    private static List<Document> files(Map<String, String> variables) throws Exception {
        List<Document> documents = new ArrayList<>();
        Document server = parse(CONFIG.resolve("server.xml"));
        documents.add(server);
        NodeList includes = server.getElementsByTagName("include");
        for (int i = 0; i < includes.getLength(); i++) {
            Element include = (Element) includes.item(i);
            Path file = resolve(include.getAttribute("location"), variables);
            if (Files.exists(file)) {
                documents.add(parse(file));
            } else {
                assertEquals("true", include.getAttribute("optional"),
                        "expected a missing include to be optional: " + include.getAttribute("location"));
            }
        }
        return documents;
    }

    private static Path resolve(String location, Map<String, String> variables) throws Exception {
        Matcher matcher = VARIABLE.matcher(location);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = "server.config.dir".equals(name)
                    ? CONFIG.toString()
                    : variables.containsKey(name) ? variables.get(name) : defaultOf(name);
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(resolved);
        return Path.of(resolved.toString());
    }

    /** A variable's defaultValue, wherever in server-config it is declared. */
    private static String defaultOf(String name) throws Exception {
        try (var files = Files.list(CONFIG)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".xml")).toList()) {
                NodeList variables = parse(file).getElementsByTagName("variable");
                for (int i = 0; i < variables.getLength(); i++) {
                    Element variable = (Element) variables.item(i);
                    if (name.equals(variable.getAttribute("name")) && variable.hasAttribute("defaultValue")) {
                        return variable.getAttribute("defaultValue");
                    }
                }
            }
        }
        throw new AssertionError("expected a defaultValue for the variable " + name + " in server-config");
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
