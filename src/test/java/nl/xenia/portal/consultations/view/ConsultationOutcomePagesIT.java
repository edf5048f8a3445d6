package nl.xenia.portal.consultations.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.ConsultationFixtures;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public outcome pages over plain HTTP, without signing in, on consultations of the test's own made by
 * {@link ConsultationFixtures}: an outcome staff made public is listed on {@code /{lang}/outcomes} and shown in its
 * three parts on {@code /{lang}/outcome?id=}, like every public page (no cookie, {@code no-store}, light); one kept for
 * members, one without an outcome and one that is still open answer 404 and are not listed; the footer leads to the
 * list.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationOutcomePagesIT {

    private static final String ARCHIVE = "consultation-outcome-pages-it";
    private static final String MARKER = Leaks.marker(ARCHIVE);
    private static final String ES = "es";

    /** Made in the container (its statics). */
    private static final Map<String, ConsultationFixtures.Made> MADE = new ConcurrentHashMap<>();

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    ConsultationFixtures fixtures;

    static String label(String kind) {
        return MARKER.substring(0, 8) + "-" + kind;
    }

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
    }

    @Test
    @Order(1)
    void outcomesOfTheTestsOwn() throws Exception {
        for (String kind : List.of("public", "members", "none", "open")) {
            MADE.put(kind, fixtures.consultation(label(kind), true));
        }
        fixtures.publishOutcome(MADE.get("public"), true);
        fixtures.publishOutcome(MADE.get("members"), false);
        fixtures.close(MADE.get("none").id());
    }

    @Test
    @Order(2)
    @RunAsClient
    void anOutcomeMadePublicIsListedAndReadWithoutSigningIn() {
        HttpResponse<String> list = checked("/es/outcomes");
        assertEquals(200, list.statusCode(), "expected the public list of outcomes");
        Document page = Portal.html(list);
        Element link = page.select("ul.outcomes h2 a").stream()
                .filter(a -> a.text().equals(ConsultationFixtures.title(label("public"), ES))).findFirst()
                .orElse(null);
        assertNotNull(link, "expected the public outcome listed in Spanish: " + page.text());
        for (String kind : List.of("members", "none", "open")) {
            assertFalse(page.text().contains(label(kind)), "expected no " + kind + " consultation in the list");
        }
        assertTrue(link.attr("href").matches(".*/es/outcome\\?id=[0-9]+"), "expected the outcome's own address");
        HttpResponse<String> outcome = checked(link.attr("href"));
        assertEquals(200, outcome.statusCode(), "expected the public outcome without signing in");
        Document read = Portal.html(outcome);
        assertEquals(ConsultationFixtures.title(label("public"), ES), read.selectFirst("h1").text(),
                "expected the consultation's title");
        List<String> parts = ConsultationFixtures.outcome(label("public"), ES);
        assertEquals(parts.get(0), read.selectFirst("#said div").text(), "expected what was said");
        assertEquals(parts.get(1), read.selectFirst("#did div").text(), "expected what was done");
        assertEquals(parts.get(2), read.selectFirst("#not-did div").text(), "expected what was not done, and why");
        assertEquals(List.of(Bundles.text(ES, "outcome.said"), Bundles.text(ES, "outcome.did"),
                Bundles.text(ES, "outcome.not_did")), read.select(".outcome h2").eachText(),
                "expected the three parts' headings in Spanish");
        assertFalse(read.select("link[rel=alternate][hreflang=ro]").attr("href").isEmpty(),
                "expected the other languages of the same outcome");
        assertTrue(read.select("link[rel=alternate][hreflang=ro]").attr("href").endsWith(
                link.attr("href").replace("/es/", "/ro/")), "expected the Romanian address to name the outcome");
        assertFalse(Portal.html(checked("/es/")).select("footer a[href$=/es/outcomes]").isEmpty(),
                "expected the footer to lead to the public outcomes");
    }

    @Test
    @Order(3)
    void everyOtherConsultationIsNotFound() {
        for (String kind : List.of("members", "none", "open")) {
            assertEquals(404, Portal.get("/es/outcome?id=" + MADE.get(kind).id()).statusCode(),
                    "expected 404 for the " + kind + " consultation's outcome");
        }
        assertEquals(200, Portal.get("/es/outcome?id=" + MADE.get("public").id()).statusCode(),
                "expected the public one found by its id");
        assertEquals(404, Portal.get("/es/outcome?id=999999999").statusCode(), "expected 404 for no consultation");
        assertEquals(404, Portal.get("/es/outcome?id=uno").statusCode(), "expected 404 for an id that is none");
        assertEquals(404, Portal.get("/es/outcome").statusCode(), "expected 404 without an id");
    }

    @Test
    @Order(99)
    void theTestsConsultationsAreRemoved() {
        MADE.values().forEach(made -> fixtures.remove(made.id()));
    }

    /** A GET as anyone: no cookie, not kept by the browser, at most 14 KB gzipped like every public page. */
    private static HttpResponse<String> checked(String path) {
        HttpResponse<String> response = Portal.get(path);
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "expected no cookie from " + path);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""),
                "expected " + path + " not kept by the browser");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(response.body().getBytes(StandardCharsets.UTF_8));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        assertTrue(bytes.size() <= 14 * 1024, "expected " + path + " at most 14 KB gzipped, was " + bytes.size());
        return response;
    }
}
