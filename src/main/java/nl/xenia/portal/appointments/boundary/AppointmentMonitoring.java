package nl.xenia.portal.appointments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.appointments.entity.Appointment;
import nl.xenia.portal.appointments.entity.AppointmentCount;
import nl.xenia.portal.appointments.entity.AppointmentStatus;
import nl.xenia.portal.appointments.entity.PlaceKind;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.appointments.entity.ServiceText;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.monitoring.boundary.FigureSection;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.Label;
import nl.xenia.portal.monitoring.boundary.MonitoringSource;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.monitoring.boundary.Tally;

/**
 * The appointments' part in monitoring: the appointments whose time falls in the period, by service, kind of place,
 * language of the conversation, whether an interpreter was wanted and how they ended, and appointments booked as a
 * contact channel. It counts the {@code appointment_count} rows of removed appointments and the service, kind of place,
 * language, interpreter flag, status and time of the appointments still held (an appointment is one or the other: it
 * is counted when it is removed, in the same transaction), never what a person wrote.
 */
@ApplicationScoped
public class AppointmentMonitoring implements MonitoringSource {

    /** Where the appointments stand in a report. */
    static final int ORDER = 200;
    /** The language services are named in: the office's (the Dutch name, else English, else any). */
    private static final String SERVICE_NAMES = "nl";
    private static final Label OTHER_SERVICE = Label.key("office.monitoring.appointments.service.other");
    private static final Label INTERPRETER = Label.key("office.monitoring.appointments.interpreter.yes");
    private static final Label NO_INTERPRETER = Label.key("office.monitoring.appointments.interpreter.no");

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Languages languages;

    /** One appointment as monitoring sees it. */
    private record Fact(YearMonth month, long serviceId, PlaceKind placeKind, String language,
            boolean interpreterWanted, AppointmentCount.Outcome outcome) {
    }

    @Override
    @Transactional
    public FigureSection figures(Period period) {
        List<Fact> facts = facts(period);
        Map<Long, Label> services = new LinkedHashMap<>();
        List<Label> activeServices = new ArrayList<>();
        for (Service service : em.createNamedQuery(Service.ALL, Service.class).getResultList()) {
            Label name = service.text(SERVICE_NAMES).map(Map.Entry::getValue).map(ServiceText::getName)
                    .map(Label::text).orElse(OTHER_SERVICE);
            services.put(service.getId(), name);
            if (service.isActive()) {
                activeServices.add(name);
            }
        }
        Tally byService = new Tally(period, activeServices);
        Tally byPlace = new Tally(period, Arrays.stream(PlaceKind.values()).map(AppointmentMonitoring::label).toList());
        Tally byLanguage = new Tally(period, languages.codes().stream().map(Label::language).toList());
        Tally byInterpreter = new Tally(period, List.of(INTERPRETER, NO_INTERPRETER));
        Tally byOutcome = new Tally(period,
                Arrays.stream(AppointmentCount.Outcome.values()).map(AppointmentMonitoring::label).toList());
        long[] perMonth = new long[period.months().size()];
        for (Fact fact : facts) {
            byService.add(services.getOrDefault(fact.serviceId(), OTHER_SERVICE), fact.month(), 1);
            byPlace.add(label(fact.placeKind()), fact.month(), 1);
            byLanguage.add(Label.language(fact.language()), fact.month(), 1);
            byInterpreter.add(fact.interpreterWanted() ? INTERPRETER : NO_INTERPRETER, fact.month(), 1);
            byOutcome.add(label(fact.outcome()), fact.month(), 1);
            perMonth[period.months().indexOf(fact.month())]++;
        }
        return new FigureSection("appointments", "office.monitoring.appointments.title", ORDER, List.of(
                byService.table("appointments-service", "office.monitoring.appointments.service",
                        "office.monitoring.appointments.service.rows"),
                byPlace.table("appointments-place", "office.monitoring.appointments.place",
                        "office.monitoring.appointments.place.rows", true, FigureTable.Chart.NONE),
                byLanguage.table("appointments-language", "office.monitoring.appointments.language",
                        "office.monitoring.language"),
                byInterpreter.table("appointments-interpreter", "office.monitoring.appointments.interpreter",
                        "office.monitoring.appointments.interpreter.rows", true, FigureTable.Chart.NONE),
                byOutcome.table("appointments-outcome", "office.monitoring.appointments.outcome",
                        "office.monitoring.appointments.outcome.rows", true, FigureTable.Chart.BARS)),
                List.of(), new FigureSection.Channel("office.monitoring.channel.appointments", perMonth));
    }

    /**
     * The appointments whose time falls in the period: the counts of removed ones, and the ones still held (the
     * outcome their status counts as when removed).
     */
    private List<Fact> facts(Period period) {
        List<Fact> facts = new ArrayList<>();
        for (AppointmentCount count : em.createNamedQuery(AppointmentCount.IN_MONTHS, AppointmentCount.class)
                .setParameter("first", period.firstMonth().toString())
                .setParameter("last", period.lastMonth().toString()).getResultList()) {
            facts.add(new Fact(Period.month(count.getYearMonth()), count.getServiceId(), count.getPlaceKind(),
                    count.getLanguage(), count.isInterpreterWanted(), count.getOutcome()));
        }
        for (Object[] row : em.createNamedQuery(Appointment.FACTS_STARTING, Object[].class)
                .setParameter("start", period.start()).setParameter("end", period.end()).getResultList()) {
            facts.add(new Fact(YearMonth.from(((Instant) row[0]).atZone(Period.ZONE)), (Long) row[1],
                    (PlaceKind) row[2], (String) row[3], (Boolean) row[4],
                    AppointmentCount.outcomeOf((AppointmentStatus) row[5])));
        }
        return facts;
    }

    private static Label label(PlaceKind kind) {
        return Label.key("PlaceKind." + kind.name());
    }

    private static Label label(AppointmentCount.Outcome outcome) {
        return Label.key("AppointmentCount.Outcome." + outcome.name());
    }
}
