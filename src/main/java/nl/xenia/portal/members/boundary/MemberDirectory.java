package nl.xenia.portal.members.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import nl.xenia.portal.notification.boundary.MailTemplate;

/**
 * The sounding board's members, for other components (consultations): whether an account still exists, pseudonyms by
 * id, and a content-free mail to every member who gave an address. Pseudonyms and ids only.
 */
@ApplicationScoped
public class MemberDirectory {

    /** Whether the member's account still exists (a member may have left since signing in). */
    public boolean exists(long memberId) {
        throw new UnsupportedOperationException("members helper implements this");
    }

    /** Pseudonyms by member id, for the ids that still exist. */
    public Map<Long, String> pseudonyms(Collection<Long> memberIds) {
        throw new UnsupportedOperationException("members helper implements this");
    }

    /**
     * Queues, in the caller's transaction, a content-free mail (a template with at most a link argument {@code link})
     * to every member who gave an address, each in the member's language, not before the time given; the link is
     * {@code Notifications.link(language, path)}. Returns how many were queued.
     */
    public int tellAll(MailTemplate template, String path, Instant notBefore) {
        throw new UnsupportedOperationException("members helper implements this");
    }
}
