package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.StaffMember;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The activity log ("Logboek") over HTTP: its filter is the address, so a filtered log is a bookmark;
 * items are named in the office's language and link to their page; only admins read it.
 */
class ActivityLogIT {

    @Test
    void aFilteredLogIsAnAddressWithItemsNamedAndLinked() {
        StaffMember member = Office.member("log-staff", "STAFF");
        member.signIn();
        OfficeHttp admin = Office.admin().signIn();

        HttpResponse<String> signIns = admin.get("/office/nl/audit?actor=log-staff&action=LOGIN");
        assertEquals(200, signIns.statusCode(), "expected the filtered log answered by its address");
        Document page = Portal.html(signIns);
        assertEquals(Bundles.text("nl", "office.audit.title"), page.selectFirst("h1").text(),
                "expected the log called as staff call it");
        List<Element> rows = page.select("[id='log:entries'] tbody tr");
        assertFalse(rows.isEmpty(), "expected log-staff's sign-ins listed");
        for (Element row : rows) {
            assertTrue(
                    row.text().contains("log-staff")
                            && row.text().contains(Bundles.text("nl", "office.AuditAction.LOGIN")),
                    "expected only log-staff's sign-ins in the filtered log: " + row.text());
        }
        assertEquals("LOGIN", page.selectFirst("[id='filter:action'] option[selected]").attr("value"),
                "expected the filter shown as the address has it");
        assertEquals("log-staff", page.selectFirst("[id='filter:actor'] option[selected]").attr("value"),
                "expected the member chosen shown as the address has it");

        Document created = Portal.html(admin.get("/office/nl/audit?action=ACCOUNT_CREATED&actor=first-admin"));
        Element link = created.select("[id='log:entries'] tbody a[href*=member?id=]").stream()
                .filter(a -> a.text().equals("Medewerker: log-staff")).findFirst()
                .orElseThrow(() -> new AssertionError("expected the new account named and linked to its page: "
                        + created.select("[id='log:entries']").text()));
        assertEquals("200", admin.answer(link.attr("abs:href")), "expected the link to open the member's page");

        assertEquals("403", member.signIn().answer("/office/nl/audit?action=LOGIN"),
                "expected a staff member who is no admin refused the log");
        assertTrue(new OfficeHttp().answer("/office/nl/audit").startsWith("303 login"),
                "expected an outsider sent to sign in first");
    }
}
