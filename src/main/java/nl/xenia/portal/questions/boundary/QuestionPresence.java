package nl.xenia.portal.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;

/**
 * Who has which question open, so two colleagues do not answer the same person at once: in this
 * server's memory only (never stored, never logged), a member's username and when the member last had
 * the thread on screen; an entry older than {@link #FRESH} no longer counts and is forgotten.
 */
@ApplicationScoped
public class QuestionPresence {

    /** How long a member counts as having a thread open after the page last said so. */
    public static final Duration FRESH = Duration.ofMinutes(2);

    private final Map<Long, Map<String, Instant>> open = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /**
     * The member has the thread open now; returns the other members who had it open in the last two
     * minutes, by name.
     */
    @RequiresRole({Role.STAFF, Role.ADMIN})
    public List<String> here(SignedIn member, long threadId) {
        Instant now = clock.instant();
        forgetBefore(now.minus(FRESH));
        Map<String, Instant> members = open.computeIfAbsent(threadId, id -> new ConcurrentHashMap<>());
        members.put(member.username(), now);
        return members.keySet().stream().filter(name -> !name.equals(member.username())).sorted().toList();
    }

    /** A deleted thread is open nowhere. */
    void onRemoved(@Observes ThreadRemoved removed) {
        open.remove(removed.threadId());
    }

    private void forgetBefore(Instant oldest) {
        open.values().forEach(members -> members.values().removeIf(at -> at.isBefore(oldest)));
        open.values().removeIf(Map::isEmpty);
    }
}
