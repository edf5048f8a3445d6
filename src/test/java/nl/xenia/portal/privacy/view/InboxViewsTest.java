package nl.xenia.portal.privacy.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.xenia.portal.privacy.boundary.Secrets;
import org.junit.jupiter.api.Test;

class InboxViewsTest {

    private Instant now = Instant.parse("2026-01-01T12:00:00Z");

    private InboxViews views() {
        InboxViews views = new InboxViews();
        views.secrets = new Secrets();
        views.clock = new Clock() {

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return views;
    }

    @Test
    void aTokenIsRandomOpaqueAndRedeemedOnce() {
        InboxViews views = views();
        String code = "K7QM-3XPD-9R2T-HW4N";
        String token = views.hold(code, false, "inbox.message.replied", null).orElseThrow();
        assertTrue(token.matches("[0-9A-Z]{26,}"), "expected at least 128 bits in letters and digits: " + token);
        assertFalse(token.contains("K7QM") || token.contains("HW4N"), "expected nothing of the code in the token");
        assertNotEquals(token, views.hold(code, false, null, null).orElseThrow(), "expected a new token each time");
        InboxViews.View view = views.redeem(token).orElseThrow();
        assertEquals(code, view.code());
        assertEquals("inbox.message.replied", view.notice());
        assertTrue(views.redeem(token).isEmpty(), "expected a token to work once");
        assertTrue(views.redeem(null).isEmpty() && views.redeem("").isEmpty(), "expected no token to open nothing");
    }

    @Test
    void aTokenExpiresAndADeletionKeepsNoCode() {
        InboxViews views = views();
        String token = views.hold("K7QM-3XPD-9R2T-HW4N", false, null, null).orElseThrow();
        now = now.plus(InboxViews.LIFETIME);
        assertTrue(views.redeem(token).isEmpty(), "expected a token unused for its lifetime to open nothing");
        String deleted = views.hold("K7QM-3XPD-9R2T-HW4N", true, null, null).orElseThrow();
        assertEquals(null, views.redeem(deleted).orElseThrow().code(), "expected no code kept for a deletion");
    }

    @Test
    void theStoreIsBoundedAndDropsExpiredViewsWhenFull() {
        InboxViews views = views();
        for (int i = 0; i < InboxViews.CAPACITY; i++) {
            views.hold("K7QM-3XPD-9R2T-HW4N", false, null, null).orElseThrow();
        }
        assertTrue(views.hold("K7QM-3XPD-9R2T-HW4N", false, null, null).isEmpty(),
                "expected no token once the store is full of live views");
        now = now.plus(InboxViews.LIFETIME).plus(Duration.ofSeconds(1));
        assertTrue(views.hold("K7QM-3XPD-9R2T-HW4N", false, null, null).isPresent(),
                "expected the expired views dropped to make room");
        assertEquals(1, views.size(), "expected only the new view left");
    }
}
