package nl.xenia.portal.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.meetups.control.Addresses;
import nl.xenia.portal.meetups.entity.HostKind;
import nl.xenia.portal.meetups.entity.Meetup;
import nl.xenia.portal.meetups.entity.MeetupReason;
import nl.xenia.portal.meetups.entity.MeetupText;

/**
 * For in-container tests of meetups: occurrences and reasons written straight through the entities, committed so that
 * the running portal (its public and office pages) and concurrent transactions see them, and their removal with
 * everything said of them. Give each test its own label (e.g. from {@link Leaks#marker}) so it finds its own meetup on
 * the pages and never another test's, and an address of its own to look for where it must not be; nothing in them is
 * personal.
 */
@ApplicationScoped
public class MeetupFixtures {

    /** The portal's public languages: a fixture's meetup has a title in each, ending in the language's code. */
    public static final List<String> LANGUAGES = List.of("nl", "en", "ro", "bg", "es");

    /** What a fixture made: the id, the title (in English; other languages end in their code), area and address. */
    public record Made(long id, String title, String area, String address) {

        /** The title in a language as the fixture wrote it. */
        public String title(String language) {
            return title + " " + language;
        }
    }

    @jakarta.persistence.PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Addresses addresses;

    /**
     * A planned peer meetup in a week's time at 19:00–21:00 (Europe/Amsterdam), titled "Meetup {label}" in every public
     * language, in the area "Area {label}", at {@code address}; committed.
     */
    @Transactional
    public Made meetup(String label, int capacity, boolean waitingList, String address) {
        LocalDate day = clock.instant().atZone(Languages.LOCAL_TIME).toLocalDate().plusDays(7);
        Instant start = day.atTime(LocalTime.of(19, 0)).atZone(Languages.LOCAL_TIME).toInstant();
        return meetup(label, capacity, waitingList, address, start, Duration.ofHours(2));
    }

    /** As {@link #meetup(String, int, boolean, String)}, at a time of the test's choosing; committed. */
    @Transactional
    public Made meetup(String label, int capacity, boolean waitingList, String address, Instant start,
            Duration length) {
        String title = "Meetup " + label;
        String area = "Area " + label;
        Meetup meetup = new Meetup(null, new Meetup.Settings(HostKind.PEER, "Host " + label, List.of("es", "nl"),
                area, false, capacity, waitingList), start, start.plus(length), clock.instant());
        for (String language : LANGUAGES) {
            meetup.write(language, new MeetupText(title + " " + language, "About " + label + " in " + language));
        }
        em.persist(meetup);
        em.flush();
        meetup.locate(addresses.lock(meetup, address), clock.instant());
        return new Made(meetup.getId(), title, area, address);
    }

    /** Moves a meetup to another time straight in the database (to make it begun or over); committed. */
    @Transactional
    public void reschedule(long id, Instant start, Instant end) {
        em.find(Meetup.class, id).reschedule(start, end, clock.instant());
    }

    /** An active reason with a text in every public language ("Reason {label} {language}"); committed. */
    @Transactional
    public long reason(String label) {
        MeetupReason reason = new MeetupReason(clock.instant());
        for (String language : LANGUAGES) {
            reason.write(language, "Reason " + label + " " + language);
        }
        em.persist(reason);
        em.flush();
        return reason.getId();
    }

    /** Removes a meetup with its RSVPs, texts and notices, and the mail held for anyone waiting; committed. */
    @Transactional
    public void remove(long id) {
        em.createNativeQuery("DELETE FROM mail_outbox WHERE id IN (SELECT held_mail_id FROM meetup_rsvp"
                + " WHERE meetup_id = ?1)").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM meetup WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    /** Removes a reason (notices naming it keep no reason); committed. */
    @Transactional
    public void removeReason(long id) {
        em.createNativeQuery("DELETE FROM meetup_reason WHERE id = ?1").setParameter(1, id).executeUpdate();
    }
}
