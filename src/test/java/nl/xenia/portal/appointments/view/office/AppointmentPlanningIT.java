package nl.xenia.portal.appointments.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Staff plan appointments through the office pages over HTTP (a STAFF member of the office fixture, office in
 * Dutch): a place, a service with texts in two languages, places offered and weekly hours, a closure, a cancellation
 * reason in two languages. Every refusal (overlapping hours, an end before the start, an office place without a town,
 * an over-long name) says why in Dutch and keeps what was typed; every success answers with a redirect.
 */
class AppointmentPlanningIT {

    private static OfficeHttp office;

    private static synchronized OfficeHttp office() {
        if (office == null) {
            office = Office.member("planning-staff", "STAFF").signIn();
        }
        return office;
    }

    @Test
    void staffPlanAPlaceAServiceWithTextsHoursAndAClosure() {
        OfficeHttp office = office();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long place = createPlace(office, "Kantoor test " + suffix, "Leeuwarden");

        HttpResponse<String> services = office.get("/office/nl/services");
        assertEquals(200, services.statusCode());
        HttpResponse<String> created = office.submit(services, "create", Map.of("create:language", "nl",
                "create:name", "Gesprek " + suffix, "create:duration", "45"), "create:create");
        assertEquals(303, created.statusCode(), "expected a redirect after creating a service: "
                + OfficeHttp.messages(created));
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches(".*/office/nl/service\\?id=\\d+&text=nl"), "expected the new service: " + location);
        long service = Long.parseLong(location.replaceAll(".*id=(\\d+).*", "$1"));
        String page = "/office/nl/service?id=" + service;

        HttpResponse<String> english = office.follow(office.submit(page + "&text=en", "texts", Map.of("texts:name",
                "Talk " + suffix, "texts:description", "A talk.", "texts:bring", "Nothing."), "texts:save"));
        assertTrue(OfficeHttp.messages(english).contains(Bundles.text("nl", "office.service.message.text")),
                "expected the English text saved: " + OfficeHttp.messages(english));
        assertEquals("Talk " + suffix, Portal.html(english).getElementById("texts:name").val());

        HttpResponse<String> tooLong = office.submit(page + "&text=en", "texts",
                Map.of("texts:name", "x".repeat(121), "texts:description", "Kept " + suffix), "texts:save");
        assertEquals(200, tooLong.statusCode(), "expected an over-long name refused on the page");
        assertRefused(tooLong, "NAME_LONG");
        assertEquals("x".repeat(121), Portal.html(tooLong).getElementById("texts:name").val(),
                "expected the over-long name kept as typed");
        assertEquals("Kept " + suffix, Portal.html(tooLong).getElementById("texts:description").val());

        HttpResponse<String> offered = office.follow(office.submit(page, "places",
                Map.of("places:offered", String.valueOf(place)), "places:save"));
        assertTrue(OfficeHttp.messages(offered).contains(Bundles.text("nl", "office.service.message.places")),
                "expected the place offered: " + OfficeHttp.messages(offered));

        HttpResponse<String> hours = office.follow(office.submit(page, "addHours", Map.of("addHours:place",
                String.valueOf(place), "addHours:day", "MONDAY", "addHours:from", "09:00", "addHours:until", "12:00"),
                "addHours:add"));
        assertTrue(OfficeHttp.messages(hours).contains(Bundles.text("nl", "office.service.message.hoursAdded")),
                "expected the hours added: " + OfficeHttp.messages(hours));
        assertTrue(Portal.html(hours).getElementById("hoursList:hours").text().contains("9:00–12:00"),
                "expected the block in the table: " + Portal.html(hours).getElementById("hoursList:hours").text());

        HttpResponse<String> overlap = office.submit(page, "addHours", Map.of("addHours:place", String.valueOf(place),
                "addHours:day", "MONDAY", "addHours:from", "11:30", "addHours:until", "13:00"), "addHours:add");
        assertRefused(overlap, "OVERLAP");
        assertEquals("11:30", Portal.html(overlap).getElementById("addHours:from").val(),
                "expected the times typed kept after the refusal");
        assertEquals("MONDAY", Portal.html(overlap).select("#addHours\\:day option[selected]").val());

        HttpResponse<String> backwards = office.submit(page, "addHours", Map.of("addHours:place",
                String.valueOf(place), "addHours:day", "TUESDAY", "addHours:from", "14:00", "addHours:until", "13:00"),
                "addHours:add");
        assertRefused(backwards, "TIME_ORDER");
        assertEquals("13:00", Portal.html(backwards).getElementById("addHours:until").val());

        HttpResponse<String> secondBlock = office.follow(office.submit(page, "addHours", Map.of("addHours:place",
                String.valueOf(place), "addHours:day", "MONDAY", "addHours:from", "13:00", "addHours:until", "16:00"),
                "addHours:add"));
        assertTrue(OfficeHttp.messages(secondBlock).contains(Bundles.text("nl", "office.service.message.hoursAdded")),
                "expected a second block on the same day (touching, not overlapping) added: "
                        + OfficeHttp.messages(secondBlock));

        String day = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(14).toString();
        HttpResponse<String> closed = office.follow(office.submit(page, "addChange", Map.of("addChange:place",
                String.valueOf(place), "addChange:date", day, "addChange:kind", "CLOSED_DAY"), "addChange:add"));
        assertTrue(OfficeHttp.messages(closed).contains(Bundles.text("nl", "office.service.message.changeAdded")),
                "expected the closure added: " + OfficeHttp.messages(closed));
        assertTrue(Portal.html(closed).getElementById("changesList:changes").text().contains(day));

        HttpResponse<String> settings = office.follow(office.submit(page, "settings", Map.of("settings:duration", "30",
                "settings:capacity", "2", "settings:notice", "2", "settings:noticeUnit", "HOURS", "settings:horizon",
                "8", "settings:horizonUnit", "WEEKS", "settings:active", "on"), "settings:save"));
        assertTrue(OfficeHttp.messages(settings).contains(Bundles.text("nl", "office.service.message.settings")),
                "expected the settings saved: " + OfficeHttp.messages(settings));
        Document saved = Portal.html(settings);
        assertEquals("30", saved.getElementById("settings:duration").val());
        assertEquals("8", saved.getElementById("settings:horizon").val());
        assertEquals("WEEKS", saved.select("#settings\\:horizonUnit option[selected]").val());

        HttpResponse<String> list = office.get("/office/nl/services");
        assertTrue(Portal.html(list).getElementById("list:services").text().contains("Gesprek " + suffix),
                "expected the service listed by its Dutch name");

        // removing a block asks first, then posts
        Element remove = Portal.html(settings).select("#hoursList\\:hours a[href*=removeHours]").first();
        assertNotNull(remove, "expected a link to remove a block");
        HttpResponse<String> asked = office.get(remove.attr("abs:href"));
        assertNotNull(Portal.html(asked).getElementById("remove-question"), "expected the removal asked first");
        HttpResponse<String> removed = office.follow(office.submit(asked, "removeHours", Map.of(),
                "removeHours:remove"));
        assertTrue(OfficeHttp.messages(removed).contains(Bundles.text("nl", "office.service.message.hoursRemoved")));
        assertEquals(1, Portal.html(removed).select("#hoursList\\:hours a[href*=removeHours]").size(),
                "expected one block left");
    }

    @Test
    void anOfficePlaceWithoutATownIsRefusedAndKeepsWhatWasTyped() {
        OfficeHttp office = office();
        String name = "Zonder plaats " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> refused = office.submit("/office/nl/place", "place", Map.of("place:kind", "OFFICE",
                "place:name", name, "place:town", "", "place:details", "Deur links"), "place:save");
        assertEquals(200, refused.statusCode());
        assertRefused(refused, "TOWN_MISSING");
        Document page = Portal.html(refused);
        assertEquals(name, page.getElementById("place:name").val(), "expected the name kept");
        assertEquals("Deur links", page.getElementById("place:details").text(), "expected the details kept");

        HttpResponse<String> tooLong = office.submit("/office/nl/place", "place", Map.of("place:kind", "PHONE",
                "place:name", "y".repeat(121)), "place:save");
        assertRefused(tooLong, "NAME_LONG");

        HttpResponse<String> phone = office.submit("/office/nl/place", "place", Map.of("place:kind", "PHONE",
                "place:name", name, "place:town", "Sneek"), "place:save");
        assertEquals(303, phone.statusCode(), "expected a phone place saved without a town: "
                + OfficeHttp.messages(phone));
        Document saved = Portal.html(office.follow(phone));
        assertEquals("", saved.getElementById("place:town").val(), "expected no town kept for a phone place");
        assertTrue(Portal.html(office.get("/office/nl/places")).getElementById("list:places").text().contains(name));
    }

    @Test
    void staffWriteACancellationReasonInTwoLanguages() {
        OfficeHttp office = office();
        String text = "De medewerker is ziek " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = office.submit("/office/nl/reasons", "create",
                Map.of("create:language", "nl", "create:text", text), "create:create");
        assertEquals(303, created.statusCode(), "expected the reason created: " + OfficeHttp.messages(created));
        HttpResponse<String> reason = office.follow(created);
        assertEquals(text, Portal.html(reason).getElementById("reason-nl").text());

        Map<String, String> texts = new HashMap<>(Map.of("reason-nl", text, "reason-en",
                "The staff member is ill", "reason-ro", "r".repeat(501)));
        HttpResponse<String> refused = office.submit(reason, "reason", texts, "reason:save");
        assertRefused(refused, "REASON_LONG");
        assertEquals("The staff member is ill", Portal.html(refused).getElementById("reason-en").text(),
                "expected the English text kept after the refusal");

        texts.put("reason-ro", "");
        HttpResponse<String> saved = office.follow(office.submit(reason, "reason", texts, "reason:save"));
        assertTrue(OfficeHttp.messages(saved).contains(Bundles.text("nl", "office.reasons.message.saved")),
                "expected the reason saved: " + OfficeHttp.messages(saved));
        assertEquals("The staff member is ill", Portal.html(saved).getElementById("reason-en").text());
        List<String> listed = Portal.html(office.get("/office/nl/reasons")).select("#list\\:reasons a").eachText();
        assertTrue(listed.contains(text), "expected the reason listed by its Dutch text: " + listed);
    }

    private static void assertRefused(HttpResponse<String> page, String problem) {
        assertEquals(200, page.statusCode(), "expected the refusal shown on the page, not a redirect");
        String expected = Bundles.text("nl", "AppointmentException.Problem." + problem);
        assertTrue(OfficeHttp.messages(page).contains(expected),
                "expected '" + expected + "', got: " + OfficeHttp.messages(page));
    }

    private static long createPlace(OfficeHttp office, String name, String town) {
        HttpResponse<String> saved = office.submit("/office/nl/place", "place",
                Map.of("place:kind", "OFFICE", "place:name", name, "place:town", town, "place:details", "Deur 1"),
                "place:save");
        assertEquals(303, saved.statusCode(), "expected the place saved: " + OfficeHttp.messages(saved));
        return Long.parseLong(saved.headers().firstValue("Location").orElseThrow().replaceAll(".*id=(\\d+).*", "$1"));
    }
}
