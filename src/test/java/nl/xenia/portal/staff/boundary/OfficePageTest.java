package nl.xenia.portal.staff.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.xenia.portal.staff.entity.Role;
import org.junit.jupiter.api.Test;

class OfficePageTest {

    @Test
    void aPageIsNamedByItsViewsFile() {
        OfficePage page = OfficePage.at("/office/meetups/meetup.xhtml").forRoles(Role.STAFF).showingOneItem();
        assertEquals("meetup", page.name(), "expected the page named by its view's file");
        assertTrue(page.needsKey() && page.item(), "expected a role page needing the key, showing one item");
    }

    @Test
    void aViewOutsideTheOfficeOrInAFolderLikeALanguageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OfficePage.at("/ask.xhtml"),
                "expected a public view refused as an office page");
        assertThrows(IllegalArgumentException.class, () -> OfficePage.at("/office/nl/meetups.xhtml"),
                "expected a folder that looks like a language code refused (office addresses start with one)");
        assertThrows(IllegalArgumentException.class, () -> OfficePage.at("/office/meetups/Meetup.xhtml"),
                "expected a page name that is not lower case words refused");
        assertThrows(IllegalArgumentException.class, () -> OfficePage.at("/office/a/b/meetup.xhtml"),
                "expected views nested deeper than a component's folder refused");
    }

    @Test
    void rolesOpenOnlyRolePagesAndOnlyToThoseRoles() {
        OfficePage adminsOnly = OfficePage.at("/office/audit.xhtml").forRoles(Role.ADMIN);
        assertFalse(adminsOnly.allows(Set.of(Role.STAFF)), "expected an admin page refused to staff");
        assertTrue(adminsOnly.allows(Set.of(Role.STAFF, Role.ADMIN)), "expected an admin page open to an admin");
        OfficePage everyone = OfficePage.at("/office/password.xhtml").forMembers();
        assertTrue(everyone.allows(Set.of()) && !everyone.needsKey(),
                "expected a page for every member open without roles and without the key");
        assertThrows(IllegalArgumentException.class,
                () -> new OfficePage("audit", "/office/audit.xhtml", OfficePage.Access.ROLES, Set.of(), null, 0,
                        false, null),
                "expected a role page without roles refused");
    }

    @Test
    void twoComponentsCannotContributeOnePage() {
        OfficeContribution first = () -> List.of(OfficePage.at("/office/meetups/meetups.xhtml").forMembers());
        OfficeContribution second = () -> List.of(OfficePage.at("/office/other/meetups.xhtml").forMembers());
        assertEquals(1, OfficeRegistry.byName(List.of(first)).size(), "expected one component's page registered");
        assertThrows(IllegalStateException.class, () -> OfficeRegistry.byName(List.of(first, second)),
                "expected a second page of the same name to stop the start");
    }
}
