package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import org.junit.jupiter.api.Test;

/**
 * Every office action answers with a redirect to a GET that shows what it did; the same form posted again (a
 * double click, a page resubmitted from the history) does nothing and says so.
 */
class PostRedirectGetIT {

    @Test
    void anActionRedirectsAndTheSameFormPostedAgainDoesNothing() {
        Office.member("prg-target", "STAFF");
        OfficeHttp office = Office.member("prg-admin", "ADMIN").signIn();
        HttpResponse<String> member = office.clickText(office.get("/office/en/staff"), "prg-target");
        Map<String, String> roles = Map.of("roles:roles", "STAFF");
        HttpResponse<String> saved = office.submit(member, "roles", roles, "roles:save");
        assertEquals(303, saved.statusCode(), "expected the saved roles answered with a redirect (303)");
        String location = saved.headers().firstValue("Location").orElse("");
        assertTrue(location.matches("/office/en/member\\?id=\\d+"),
                "expected the redirect to the member's page by its id only: " + location);
        HttpResponse<String> shown = office.follow(saved);
        assertTrue(OfficeHttp.messages(shown).contains(Bundles.text("en", "office.member.message.roles")),
                "expected the page after the redirect to say what was done: " + OfficeHttp.messages(shown));
        assertEquals("", OfficeHttp.messages(office.get(location)),
                "expected the message shown once, not again on the next visit");

        HttpResponse<String> again = office.submit(member, "roles", roles, "roles:save");
        assertEquals(303, again.statusCode(), "expected the same form posted again sent on (303)");
        assertEquals(location, again.headers().firstValue("Location").orElse(""),
                "expected the repeated post sent where the first went");
        String said = OfficeHttp.messages(office.follow(again));
        assertTrue(said.contains(Bundles.text("en", "office.message.warn.repeated")),
                "expected the member told that nothing was done twice: " + said);
        assertTrue(!said.contains(Bundles.text("en", "office.member.message.roles")),
                "expected the action not run a second time: " + said);
    }
}
