package nl.xenia.portal.meetups.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MeetupFixtures;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exact address of a meetup is in no public answer that a person without a valid code can get: a meetup of the
 * test's own whose address is a canary marker is looked for in every language's list (every page of it), its page, the
 * home and inbox pages, every page the crawl from the home pages reaches, the JSON API, the calendar feed, the OpenAPI
 * document, and the page source after each refused post (I'll come, the calendar file, I can't come after all, the
 * inbox) — headers included. Then it must be there after a valid "I'll come" and in that code's inbox (so the search
 * can fail), and still not for the one who only waits for a place.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetupAddressLeakIT {

    private static final String ARCHIVE = "meetup-address-leak-it";
    /** The meetup's exact address: nothing else on any page can hold it by chance. */
    private static final String ADDRESS = Leaks.marker(ARCHIVE);
    /** The meetup's label: a part of the marker that is not the marker. */
    private static final String LABEL = ADDRESS.substring(24) + "-leak";

    private static long made;
    private static Long id;
    private static String code;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    MeetupFixtures fixtures;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
    }

    @Test
    @Order(1)
    void aMeetupWithOnePlaceAndAWaitingList() {
        made = fixtures.meetup(LABEL, 1, true, ADDRESS).id();
    }

    @Test
    @Order(2)
    @RunAsClient
    void noPublicAnswerWithoutACodeHoldsTheAddress() {
        MeetupHttp person = new MeetupHttp();
        Answers answers = new Answers();
        for (String language : Portal.languages()) {
            answers.add(person.get("/" + language + "/"));
            String list = "/" + language + "/meetups";
            while (list != null) {
                HttpResponse<String> page = person.get(list);
                answers.add(page);
                Document read = Portal.html(page);
                if (id == null) {
                    id = MeetupHttp.idOf(read, "Meetup " + LABEL + " " + language);
                }
                list = read.getElementById("later") == null
                        ? null
                        : read.getElementById("later").attr("href");
            }
            assertNotNull(id, "expected the test's meetup in the list in " + language);
            HttpResponse<String> meetup = person.get("/" + language + "/meetup?id=" + id);
            assertTrue(meetup.body().contains("Area " + LABEL), "expected the meetup's own page, with its area");
            answers.add(meetup);
            answers.add(person.get("/" + language + "/inbox"));
            answers.add(person.get("/api/v1/meetups?lang=" + language));
            answers.add(person.get("/api/v1/meetups/calendar.ics?lang=" + language));

            // refused posts: the page source holds what was typed and the meetup's public facts, never the address
            Map<String, String> come = MeetupHttp.fields(Portal.html(meetup).selectFirst("form.come"));
            answers.add(person.send("/" + language + "/meetup", with(come, "nickname", "x".repeat(80))));
            answers.add(person.send("/" + language + "/meetup", with(come, "mail", "not a mail address")));
            answers.add(person.send("/" + language + "/meetup", with(come, "earlier", "ZZZZ-ZZZZ-ZZZZ-ZZZZ")));
            answers.add(person.send("/" + language + "/meetup", with(come, "id", "987654321")));
            answers.add(person.send("/" + language + "/meetup", Map.of("step", "saved", "code", "ZZZZ-ZZZZ-ZZZZ-ZZZZ",
                    "rsvp", "1", "saved", "on")));
            for (String action : List.of("ics", "leave")) {
                answers.add(person.send("/" + language + "/meetup", Map.of("action", action, "code",
                        "ZZZZ-ZZZZ-ZZZZ-ZZZZ", "rsvp", "1", "address", "on", "confirm", "yes")));
            }
            answers.add(person.send("/" + language + "/inbox", Map.of("code", "ZZZZ-ZZZZ-ZZZZ-ZZZZ")));
            answers.add(person.send("/" + language + "/inbox", Map.of("code", "")));
        }
        answers.add(person.get("/api/v1/meetups"));
        answers.add(person.get("/openapi"));
        answers.add(person.get("/openapi?format=JSON"));
        for (String page : Portal.publicPages()) {
            answers.add(person.get(page));
        }
        assertTrue(answers.count > 100, "expected every public answer read, read " + answers.count);
        assertEquals(List.of(), answers.holding, "expected the address in no public answer without a code");
    }

    @Test
    @Order(3)
    @RunAsClient
    void aValidRsvpShowsTheAddressSoTheSearchCanFindIt() {
        MeetupHttp person = new MeetupHttp();
        Document receipt = person.come("es", id, "", "", "");
        code = receipt.getElementById("receipt-code").text();
        assertTrue(receipt.html().contains(ADDRESS), "expected the address after saying I come");
        assertTrue(person.inbox("es", code).html().contains(ADDRESS), "expected the address in the code's inbox");
        String rsvp = receipt.selectFirst("form.ics input[name=rsvp]").attr("value");
        assertFalse(person.send("/es/meetup", Map.of("code", code, "rsvp", rsvp, "action", "ics")).body()
                .contains(ADDRESS), "expected no address in the calendar file unless asked");
        assertTrue(person.send("/es/meetup", Map.of("code", code, "rsvp", rsvp, "action", "ics", "address", "on"))
                .body().contains(ADDRESS), "expected the address in the calendar file when asked");
        // the same code with an RSVP that is not its own opens nothing of it
        assertFalse(person.send("/es/meetup", Map.of("code", code, "rsvp", String.valueOf(Long.parseLong(rsvp) - 1),
                "action", "ics", "address", "on")).body().contains(ADDRESS), "expected another RSVP's id refused");
    }

    @Test
    @Order(4)
    @RunAsClient
    void theOneWhoOnlyWaitsDoesNotSeeIt() {
        MeetupHttp person = new MeetupHttp();
        Document receipt = person.come("es", id, "", "", "");
        String waiting = receipt.getElementById("receipt-code").text();
        assertFalse(receipt.html().contains(ADDRESS), "expected no address for a turn on the waiting list");
        assertFalse(person.inbox("es", waiting).html().contains(ADDRESS), "expected none in the waiting one's inbox");
        String rsvp = receipt.selectFirst("form.ics input[name=rsvp]").attr("value");
        assertFalse(person.send("/es/meetup", Map.of("code", waiting, "rsvp", rsvp, "action", "ics", "address", "on"))
                .body().contains(ADDRESS), "expected no address in the waiting one's calendar file");
        assertTrue(person.inbox("es", code).html().contains(ADDRESS), "expected the one coming still to see it");
    }

    @Test
    @Order(9)
    void cleanUp() {
        fixtures.remove(made);
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("token", UUID.randomUUID().toString());
        fields.put(field, value);
        return fields;
    }

    /** The answers read, and those that hold the address (body or a header). */
    private static final class Answers {

        int count;
        final List<String> holding = new ArrayList<>();

        void add(HttpResponse<String> response) {
            count++;
            if (response.body().contains(ADDRESS) || response.headers().map().toString().contains(ADDRESS)) {
                holding.add(response.request().method() + " " + response.uri());
            }
        }
    }
}
