package nl.xenia.portal.localization.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfficePathsTest {

    @Test
    void anOfficePageAndItsViewMapBothWays() {
        assertEquals("/office/nl/dashboard", OfficePaths.url("nl", "dashboard"),
                "expected the office prefix first, then the language, then the page");
        assertEquals("question", OfficePaths.page("/office/questions/question.xhtml"),
                "expected the page of a view in a component folder");
        assertEquals("second-factor", OfficePaths.page("/office/second-factor.xhtml"), "expected the view's page");
        assertNull(OfficePaths.page("/home.xhtml"), "expected no office page for a public view");
    }

    @Test
    void addressesUnderThePrefixAreTakenApart() {
        OfficePaths.Address login = OfficePaths.parse("/office/en/login");
        assertEquals("en", login.language(), "expected the language as the second segment");
        assertEquals("login", login.page(), "expected the page after the language");
        assertNull(OfficePaths.parse("/office").language(), "expected the prefix alone to name no language");
        assertNull(OfficePaths.parse("/office/").language(), "expected the prefix and a slash to name no language");
        assertNull(OfficePaths.parse("/office/nl").page(), "expected a language alone to name no page");
        assertNull(OfficePaths.parse("/office/nl/").page(), "expected a language and a slash to name no page");
        assertNull(OfficePaths.parse("/office/login.xhtml"), "expected a view's file name not to be an address");
        assertNull(OfficePaths.parse("/office/staff"), "expected a page without a language not to be an address");
        assertNull(OfficePaths.parse("/en/office/login"), "expected the earlier form not to be an address");
        assertNull(OfficePaths.parse("/officer/en/login"), "expected another prefix not to be the office's");
        assertNull(OfficePaths.parse("/office/en/login.xhtml").page(), "expected a file name not to name a page");
        assertNull(OfficePaths.parse("/office/en/a/b").page(), "expected office pages to be one segment");
    }

    @Test
    void earlierAddressesAreRecognisedForTheirRedirectOnly() {
        OfficePaths.Address earlier = OfficePaths.parseEarlier("/nl/office/questions");
        assertEquals("nl", earlier.language(), "expected the earlier form's language");
        assertEquals("/questions", earlier.rest(), "expected the earlier form's page kept");
        assertEquals("", OfficePaths.parseEarlier("/nl/office").rest(), "expected the earlier office root");
        assertNull(OfficePaths.parseEarlier("/nl/officer"), "expected another page not taken for the office");
        assertNull(OfficePaths.parseEarlier("/office/nl/login"), "expected the new form not taken for the earlier");
    }

    @Test
    void thePrefixCoversTheOfficeAndNothingElse() {
        assertTrue(OfficePaths.isOffice("/office"), "expected the prefix itself inside the office");
        assertTrue(OfficePaths.isOffice("/office/nl/dashboard"), "expected an office page inside the office");
        assertFalse(OfficePaths.isOffice("/officer"), "expected a longer name outside the office");
        assertFalse(OfficePaths.isOffice("/nl/ask"), "expected a public page outside the office");
    }
}
