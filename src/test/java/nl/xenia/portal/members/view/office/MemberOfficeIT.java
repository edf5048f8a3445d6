package nl.xenia.portal.members.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.MemberSession;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The office's sounding-board pages over HTTP, as a coordinator uses them: an invitation in the person's language (the
 * slip with the join address in that language, the code shown once, never in an address), the list (pseudonym, day,
 * second step and address as yes or no, never the address itself), a new code for a member who lost the password (the
 * member keeps the pseudonym), and removing a member (asked first on a page of its own); each action a post, a 303 and
 * a GET.
 */
class MemberOfficeIT {

    private static String pseudonym() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        return "office-" + HexFormat.of().formatHex(random);
    }

    @Test
    void aCoordinatorInvitesListsGivesANewCodeAndRemovesAMember() {
        OfficeHttp office = Office.member("members-office-coordinator", "COORDINATOR").signIn();
        HttpResponse<String> list = office.click(office.get("/office/nl/dashboard"), "nav-members");
        assertEquals(Bundles.text("nl", "office.members.title"), Portal.html(list).selectFirst("h1").text(),
                "expected the members page in the navigation");

        HttpResponse<String> posted = office.submit(list, "invite", Map.of("invite:language", "ro"),
                "invite:send");
        assertEquals(303, posted.statusCode(),
                "expected the invitation posted, then a GET: " + OfficeHttp.messages(posted));
        String location = posted.headers().firstValue("Location").orElse("");
        assertEquals("/office/nl/member-invitation", location,
                "expected the invitation's page, no code in the address");
        HttpResponse<String> shown = office.follow(posted);
        Document slip = Portal.html(shown);
        String code = slip.getElementById("invitation-code").text();
        assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3,}"), "expected the code shown: " + code);
        assertTrue(slip.getElementById("join-address").text().endsWith("/ro/members/join"),
                "expected the join address in the person's language: " + slip.getElementById("join-address").text());
        assertEquals("ro", slip.selectFirst("section.slip").attr("lang"), "expected the slip in Romanian");
        assertEquals(Bundles.text("ro", "members.invitation.title"), slip.selectFirst("section.slip h2").text(),
                "expected the slip's text in Romanian");
        assertTrue(OfficeHttp.messages(shown).contains(Bundles.text("nl", "office.members.message.invited")),
                "expected the action's message after the redirect");

        String name = pseudonym();
        MemberSession member = MemberSession.visitor();
        assertEquals(303, member.join(code, name, MemberSession.passwordOf(name)).statusCode(), "expected to join");
        String address = "office-" + name + "@example.invalid";
        HttpResponse<String> saved = member.submit(member.get("/en/members/account"), "address-form",
                Map.of("address", address));
        assertEquals(303, saved.statusCode(), "expected the address saved: " + MemberSession.error(saved));

        HttpResponse<String> listed = office.get("/office/nl/members");
        Element row = row(listed, name);
        assertEquals(Bundles.text("nl", "office.members.yes"), row.selectFirst(".member-address").text(),
                "expected the list to say the member gave an address");
        assertEquals(Bundles.text("nl", "office.members.no"), row.selectFirst(".member-second-step").text(),
                "expected the list to say the member has no second step");
        assertFalse(listed.body().contains(address), "expected the address itself nowhere in the office");

        String again = MemberSession.reinvitationCode(name);
        HttpResponse<String> rejoined = MemberSession.visitor().join(again, "", "a new password for " + name
                + " at the lighthouse");
        assertEquals(303, rejoined.statusCode(), "expected the new code to work: " + MemberSession.error(rejoined));
        assertEquals(303, member.get("/en/members").statusCode(), "expected the earlier session ended by the new code");
        assertEquals(1, Portal.html(office.get("/office/nl/members")).select(".member-pseudonym").stream()
                .filter(pseudonym -> pseudonym.text().equals(name)).count(), "expected the same member, once");

        HttpResponse<String> ask = office.get(row(office.get("/office/nl/members"), name).selectFirst("a.member-remove")
                .attr("abs:href"));
        assertEquals(200, ask.statusCode(), "expected removing to ask first, on a page of its own");
        assertTrue(Portal.html(ask).getElementById("remove-question").text().contains(name),
                "expected the question to name the member");
        HttpResponse<String> removed = office.submit(ask, "remove", Map.of(), "remove:remove");
        assertEquals(303, removed.statusCode(), "expected the removal posted, then a GET");
        HttpResponse<String> after = office.follow(removed);
        assertTrue(OfficeHttp.messages(after).contains(Bundles.text("nl", "office.members.message.removed")),
                "expected the removal said");
        assertTrue(Portal.html(after).select(".member-pseudonym").stream().noneMatch(p -> p.text().equals(name)),
                "expected the member gone from the list");
        assertEquals(200, office.get("/office/nl/member-invitation").statusCode(), "expected the page still there");
        assertNotNull(Portal.html(office.get("/office/nl/member-invitation")).getElementById("invitation-code"),
                "expected the last code still shown in the session that made it (while valid)");
        assertEquals(404, office.get("/office/nl/member-remove?id=1").statusCode(),
                "expected an unknown member not found");
    }

    private static Element row(HttpResponse<String> list, String pseudonym) {
        return Portal.html(list).select("#list\\:members tr").stream()
                .filter(tr -> tr.select(".member-pseudonym").text().equals(pseudonym)).findFirst()
                .orElseThrow(() -> new AssertionError("expected " + pseudonym + " in the list"));
    }
}
