package nl.xenia.portal.localization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

    @Test
    void pageAndViewMapBothWays() {
        assertEquals("/home.xhtml", PublicPaths.viewId(""), "expected the empty page to be home");
        assertEquals("", PublicPaths.page("/home.xhtml"), "expected home to be the empty page");
        assertEquals("/info/health.xhtml", PublicPaths.viewId("info/health"), "expected a nested page's view");
        assertEquals("info/health", PublicPaths.page("/info/health.xhtml"), "expected a nested view's page");
        assertEquals("/ro/info/health", PublicPaths.url("ro", "info/health"), "expected the language first in a URL");
    }

    @Test
    void onlyPlainPageNamesArePages() {
        assertTrue(PublicPaths.isPagePath("info/safe-work"), "expected lower-case words with dashes to be a page");
        assertFalse(PublicPaths.isPagePath("../WEB-INF/web"), "expected no path traversal");
        assertFalse(PublicPaths.isPagePath("Home"), "expected no upper case");
        assertFalse(PublicPaths.isPagePath("info/"), "expected no trailing slash");
        assertFalse(PublicPaths.isPagePath("home.xhtml"), "expected no file names");
    }

    @Test
    void onlyTheOfficeViewsAreStateful() {
        assertTrue(PublicPaths.isPublicView("/home.xhtml"), "expected home to be public");
        assertFalse(PublicPaths.isPublicView("/office/index.xhtml"), "expected the office not to be public");
        assertTrue(PublicPaths.isPublicView("/members/account.xhtml"),
                "expected the members' views stateless like public ones (their session is their own cookie)");
        assertTrue(PublicPaths.isPublicView("/members.xhtml"), "expected the members' home stateless");
    }
}
