package nl.xenia.portal.meetups.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Holidays;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.meetups.control.Addresses;
import nl.xenia.portal.meetups.control.SeriesDates;
import nl.xenia.portal.meetups.entity.HostKind;
import nl.xenia.portal.meetups.entity.Meetup;
import nl.xenia.portal.meetups.entity.MeetupSeries;
import nl.xenia.portal.meetups.entity.MeetupText;
import nl.xenia.portal.meetups.entity.Repetition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo content (demo mode only), made at start when no meetup exists at all: a weekly coffee morning hosted by peers
 * (eight Tuesdays from next week, holidays skipped) and an online evening hosted by staff, with texts in every public
 * language and example addresses, for staff to change. The addresses are encrypted as staff's would be, which a SQL
 * script cannot do; the demo's reasons come from {@code db/demo/R__demo_meetups.sql}.
 */
@ApplicationScoped
public class MeetupDemo {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Addresses addresses;

    @Inject
    Holidays holidays;

    @Inject
    @ConfigProperty(name = "xenia.demo", defaultValue = "false")
    boolean demo;

    /** After the schema is migrated (default priority) and the installation's keys are there. */
    @Transactional
    void onStart(@Observes @Priority(3000) Startup startup) {
        if (!demo || em.createQuery("SELECT COUNT(m) FROM Meetup m", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = clock.instant().atZone(Languages.LOCAL_TIME).toLocalDate();
        LocalDateTime tuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).atTime(LocalTime.of(10, 0));
        MeetupSeries series = new MeetupSeries(Repetition.WEEKLY, clock.instant());
        em.persist(series);
        em.flush();
        SeriesDates.Days days = SeriesDates.of(tuesday, Repetition.WEEKLY, null, 8,
                holidays.between(tuesday.toLocalDate(), tuesday.toLocalDate().plusWeeks(8)));
        Meetup.Settings coffee = new Meetup.Settings(HostKind.PEER, "Ana en Mirela (voorbeeld)",
                List.of("nl", "ro", "bg", "es"), "Leeuwarden, centrum", false, 12, true);
        for (LocalDateTime day : days.held()) {
            make(series.getId(), coffee, day, 2, COFFEE,
                    "Voorbeeldadres: Voorbeeldstraat 10, Leeuwarden. Bel aan bij de groene deur, zeg dat je voor de"
                            + " koffie komt. (Voorbeeld: pas dit aan.)");
        }
        LocalDateTime thursday = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY)).atTime(LocalTime.of(19, 0));
        make(null, new Meetup.Settings(HostKind.STAFF, "Xenia", List.of("nl", "en", "es"), "Online", true, 20, true),
                thursday, 1, ONLINE, "https://voorbeeld.invalid/gesprek (voorbeeld: pas dit aan)");
    }

    private void make(Long seriesId, Meetup.Settings settings, LocalDateTime start, int hours,
            Map<String, MeetupText> texts, String address) {
        Instant starts = start.atZone(Languages.LOCAL_TIME).toInstant();
        Meetup meetup = new Meetup(seriesId, settings, starts, starts.plusSeconds(hours * 3600L), clock.instant());
        texts.forEach(meetup::write);
        em.persist(meetup);
        em.flush();
        meetup.locate(addresses.lock(meetup, address), clock.instant());
    }

    private static final Map<String, MeetupText> COFFEE = Map.of(
            "nl", new MeetupText("Koffie-ochtend (voorbeeld)",
                    "Koffie, thee en praten met collega's. Je hoeft niets te vertellen wat je niet wilt."),
            "en", new MeetupText("Coffee morning (example)",
                    "Coffee, tea and a talk with peers. You do not have to tell anything you do not want to."),
            "ro", new MeetupText("Dimineață la cafea (exemplu)",
                    "Cafea, ceai și o discuție cu colege. Nu trebuie să spui nimic din ce nu vrei."),
            "bg", new MeetupText("Сутрешно кафе (пример)",
                    "Кафе, чай и разговор с колежки. Не е нужно да казваш нищо, което не искаш."),
            "es", new MeetupText("Mañana de café (ejemplo)",
                    "Café, té y una charla con compañeras. No tienes que contar nada que no quieras."));

    private static final Map<String, MeetupText> ONLINE = Map.of(
            "nl", new MeetupText("Online: vragen over je vergunning (voorbeeld)",
                    "Een medewerker van Xenia vertelt over de vergunning en beantwoordt vragen. Camera uit mag."),
            "en", new MeetupText("Online: questions about your licence (example)",
                    "Someone from Xenia explains the licence and answers questions. Camera off is fine."),
            "es", new MeetupText("En línea: preguntas sobre tu licencia (ejemplo)",
                    "Alguien de Xenia explica la licencia y responde preguntas. Puedes tener la cámara apagada."));
}
