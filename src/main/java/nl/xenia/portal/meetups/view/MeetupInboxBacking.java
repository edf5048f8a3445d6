package nl.xenia.portal.meetups.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.meetups.boundary.MeetupException;
import nl.xenia.portal.meetups.boundary.Meetups;
import nl.xenia.portal.meetups.entity.RsvpStatus;
import nl.xenia.portal.privacy.view.OpenedCode;

/**
 * The inbox's meetups section: every meetup the opened code comes to, waits for or said it cannot come to, with its
 * state (a turn on the waiting list; a place given from it), time, public area, the exact address while coming, the
 * notices of changes, the calendar file, and "I can't come after all" (confirmed on {@code /{lang}/meetup}).
 */
@Named("meetupInbox")
@RequestScoped
public class MeetupInboxBacking {

    /**
     * An RSVP ready to show: the RSVP, its state in words, when, where (the public area or "online"), who hosts, the
     * notices in words, whether a place came from the waiting list, and what can still be done: the calendar file
     * and leaving (not once it has begun, is cancelled or was left).
     */
    public record Shown(Meetups.Mine mine, String status, String when, String where, String host,
            List<NoticeShown> notices, boolean promoted, boolean calendar, boolean leave) {
    }

    /** A notice in words: what changed, the time before a move (or null) and why (or null). */
    public record NoticeShown(String kind, String before, String reason) {
    }

    @Inject
    Meetups meetups;

    @Inject
    OpenedCode openedCode;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private List<Shown> shown;

    /** The code's meetups, soonest first; none when it holds none (or the guess limit stopped it). */
    public List<Shown> getMeetups() {
        if (shown == null) {
            shown = List.of();
            if (openedCode.isOpen()) {
                try {
                    Instant now = clock.instant();
                    shown = meetups.mine(openedCode.getClient(), openedCode.getCode(), messages.getLang())
                            .orElse(List.of()).stream().map(mine -> shown(messages, mine, now)).toList();
                } catch (MeetupException limited) {
                    shown = List.of();
                }
            }
        }
        return shown;
    }

    /** The code, for the hidden field of the calendar and leave forms (a POST body only). */
    public String getCode() {
        return openedCode.getCode();
    }

    static Shown shown(Messages messages, Meetups.Mine mine, Instant now) {
        String status = mine.status() == RsvpStatus.WAITING
                ? messages.format("meetup.status.turn", "turn", mine.turn())
                : messages.get("RsvpStatus." + mine.status().name());
        boolean upcoming = mine.start().isAfter(now);
        boolean open = mine.status() != RsvpStatus.LEFT && !mine.cancelled() && upcoming;
        return new Shown(mine, status, MeetupTexts.when(messages, mine.start(), mine.end()),
                MeetupTexts.where(messages, mine.area(), mine.online()),
                MeetupTexts.host(messages, mine.hostKind(), mine.hostName()),
                mine.notices().stream().map(notice -> notice(messages, notice)).toList(),
                mine.promoted() != null && mine.isComing(), open, open && mine.canLeave());
    }

    private static NoticeShown notice(Messages messages, Meetups.Notice notice) {
        String lang = messages.getLang();
        String before = notice.previousStart() == null
                ? null
                : messages.format("meetup.notice.before", "day",
                        Languages.day(lang, notice.previousStart().atZone(Languages.LOCAL_TIME).toLocalDate()),
                        "time", Languages.time(lang, notice.previousStart()));
        String reason = notice.reason() == null
                ? null
                : messages.format("meetup.notice.reason", "reason", notice.reason());
        return new NoticeShown(messages.get("NoticeKind." + notice.kind().name()), before, reason);
    }
}
