package nl.xenia.portal.meetups.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.meetups.entity.HostKind;
import nl.xenia.portal.meetups.entity.Meetup;
import nl.xenia.portal.meetups.entity.MeetupCount;
import nl.xenia.portal.meetups.entity.MeetupStatus;
import nl.xenia.portal.meetups.entity.Rsvp;
import nl.xenia.portal.monitoring.boundary.FigureSection;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.Label;
import nl.xenia.portal.monitoring.boundary.MonitoringSource;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.monitoring.boundary.Tally;

/**
 * The meetups' part in monitoring: the occurrences that start in the period, by their first language spoken and who
 * hosts: how many were held (planned and begun) and cancelled, how many people said they come, waited and came (where
 * staff counted), and RSVPs as a contact channel. It counts the {@code meetup_count} rows of removed occurrences and,
 * of the occurrences still held, their languages, host kind, status, time and count of who came, with their RSVPs
 * counted by the database (an occurrence is one or the other: it is counted when it is removed, in the same
 * transaction), never a text, a host's name, an address or anything of an RSVP but its number.
 */
@ApplicationScoped
public class MeetupMonitoring implements MonitoringSource {

    /** Where the meetups stand in a report. */
    static final int ORDER = 300;
    /** The language of an occurrence without one, as retention counts it. */
    private static final String NO_LANGUAGE = "und";

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Languages languages;

    @Inject
    Clock clock;

    /**
     * One occurrence as monitoring sees it.
     *
     * @param held planned and begun (an occurrence still to come is neither held nor, unless cancelled, cancelled)
     * @param came how many came, as staff counted; null when not counted
     */
    private record Fact(YearMonth month, String language, HostKind hostKind, boolean held, boolean cancelled,
            long rsvps, long waited, Integer came) {
    }

    @Override
    @Transactional
    public FigureSection figures(Period period) {
        List<Label> languageRows = languages.codes().stream().map(Label::language).toList();
        Tally held = new Tally(period, languageRows);
        Tally byHost = new Tally(period, Arrays.stream(HostKind.values()).map(MeetupMonitoring::label).toList());
        Tally rsvps = new Tally(period, languageRows);
        Tally waited = new Tally(period, languageRows);
        Tally came = new Tally(period, languageRows);
        Tally cancelled = new Tally(period, languageRows);
        long[] perMonth = new long[period.months().size()];
        for (Fact fact : facts(period)) {
            Label language = Label.language(fact.language());
            if (fact.held()) {
                held.add(language, fact.month(), 1);
                byHost.add(label(fact.hostKind()), fact.month(), 1);
            }
            if (fact.cancelled()) {
                cancelled.add(language, fact.month(), 1);
            }
            rsvps.add(language, fact.month(), fact.rsvps());
            waited.add(language, fact.month(), fact.waited());
            if (fact.came() != null) {
                came.add(language, fact.month(), fact.came());
            }
            perMonth[period.months().indexOf(fact.month())] += fact.rsvps();
        }
        return new FigureSection("meetups", "office.monitoring.meetups.title", ORDER, List.of(
                held.table("meetups-held", "office.monitoring.meetups.held", "office.monitoring.language"),
                byHost.table("meetups-host", "office.monitoring.meetups.host", "office.monitoring.meetups.host.rows",
                        true, FigureTable.Chart.NONE),
                rsvps.table("meetups-rsvps", "office.monitoring.meetups.rsvps", "office.monitoring.language"),
                waited.table("meetups-waited", "office.monitoring.meetups.waited", "office.monitoring.language", true,
                        FigureTable.Chart.NONE),
                came.table("meetups-came", "office.monitoring.meetups.came", "office.monitoring.language", true,
                        FigureTable.Chart.NONE),
                cancelled.table("meetups-cancelled", "office.monitoring.meetups.cancelled",
                        "office.monitoring.language", true, FigureTable.Chart.NONE)),
                List.of(), new FigureSection.Channel("office.monitoring.channel.meetups", perMonth));
    }

    /**
     * The occurrences that start in the period: the counts of removed ones, and the ones still held with their RSVPs
     * counted as retention will count them (everyone who said they come, also those who left or still wait; waited:
     * ever on the waiting list).
     */
    private List<Fact> facts(Period period) {
        List<Fact> facts = new ArrayList<>();
        for (MeetupCount count : em.createNamedQuery(MeetupCount.IN_MONTHS, MeetupCount.class)
                .setParameter("first", period.firstMonth().toString())
                .setParameter("last", period.lastMonth().toString()).getResultList()) {
            facts.add(new Fact(Period.month(count.getYearMonth()), count.getLanguage(), count.getHostKind(),
                    count.isHeld(), !count.isHeld(), count.getRsvps(), count.getWaited(), count.getCame()));
        }
        Map<Long, long[]> said = new HashMap<>(); // id → {all, waited}
        for (Object[] row : em.createNamedQuery(Rsvp.COUNT_OF_MEETUPS_STARTING, Object[].class)
                .setParameter("start", period.start()).setParameter("end", period.end()).getResultList()) {
            long[] counts = said.computeIfAbsent((Long) row[0], id -> new long[2]);
            long number = ((Number) row[2]).longValue();
            counts[0] += number;
            if ((Boolean) row[1]) {
                counts[1] += number;
            }
        }
        Instant now = clock.instant();
        for (Object[] row : em.createNamedQuery(Meetup.FACTS_STARTING, Object[].class)
                .setParameter("start", period.start()).setParameter("end", period.end()).getResultList()) {
            Instant start = (Instant) row[1];
            String spoken = (String) row[2];
            boolean planned = row[4] == MeetupStatus.PLANNED;
            long[] counts = said.getOrDefault((Long) row[0], new long[2]);
            facts.add(new Fact(YearMonth.from(start.atZone(Period.ZONE)), firstLanguage(spoken), (HostKind) row[3],
                    planned && !start.isAfter(now), !planned, counts[0], counts[1], (Integer) row[5]));
        }
        return facts;
    }

    /** The first of the languages spoken, as {@link MeetupRetention} keeps it. */
    private static String firstLanguage(String spoken) {
        String first = spoken == null ? "" : spoken.split(",", -1)[0].strip();
        return first.isEmpty() ? NO_LANGUAGE : first;
    }

    private static Label label(HostKind kind) {
        return Label.key("HostKind." + kind.name());
    }
}
