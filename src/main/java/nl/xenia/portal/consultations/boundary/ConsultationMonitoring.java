package nl.xenia.portal.consultations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import nl.xenia.portal.consultations.entity.AnswerSet;
import nl.xenia.portal.consultations.entity.Consultation;
import nl.xenia.portal.consultations.entity.ConsultationSession;
import nl.xenia.portal.consultations.entity.SessionSignup;
import nl.xenia.portal.monitoring.boundary.FigureSection;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.Label;
import nl.xenia.portal.monitoring.boundary.MonitoringSource;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.monitoring.boundary.Tally;

/**
 * The sounding board's part in monitoring, over the period's time columns: consultations held (published and closed,
 * by their closing time), answers given (answer sets of those consultations, by the same time: an answer set has no
 * time of its own, and the anonymous ones exist only from the close), sessions held (of published consultations, by
 * their start, only once started) and attendance (members marked as come, by the session's start); and the answers as
 * a contact channel. Counts rows only, never reads an answer; consultations are kept, so no count table is needed.
 * Consultations past their closing time are closed first, as everywhere a consultation's state is shown.
 */
@ApplicationScoped
public class ConsultationMonitoring implements MonitoringSource {

    /** Where the consultations stand in a report. */
    static final int ORDER = 400;
    static final Label HELD = Label.key("office.monitoring.consultations.held");
    static final Label ANSWERS = Label.key("office.monitoring.consultations.answers");
    static final Label SESSIONS = Label.key("office.monitoring.consultations.sessions");
    static final Label ATTENDANCE = Label.key("office.monitoring.consultations.attendance");

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    ConsultationClosing closing;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public FigureSection figures(Period period) {
        closing.closeDue();
        Tally measures = new Tally(period, List.of(HELD, ANSWERS, SESSIONS, ATTENDANCE));
        long[] answersPerMonth = new long[period.months().size()];
        for (Instant closedAt : em.createNamedQuery(Consultation.CLOSED_BETWEEN, Instant.class)
                .setParameter("start", period.start()).setParameter("end", period.end()).getResultList()) {
            measures.add(HELD, closedAt, 1);
        }
        for (Object[] row : em.createNamedQuery(AnswerSet.COUNTS_CLOSED_BETWEEN, Object[].class)
                .setParameter("start", period.start()).setParameter("end", period.end()).getResultList()) {
            Instant closedAt = (Instant) row[0];
            long sets = ((Number) row[1]).longValue();
            measures.add(ANSWERS, closedAt, sets);
            answersPerMonth[period.months().indexOf(YearMonth.from(closedAt.atZone(Period.ZONE)))] += sets;
        }
        Instant now = clock.instant();
        Instant heldUntil = now.isBefore(period.end()) ? now : period.end();
        if (heldUntil.isAfter(period.start())) {
            for (Instant startedAt : em.createNamedQuery(ConsultationSession.STARTS_BETWEEN, Instant.class)
                    .setParameter("start", period.start()).setParameter("end", heldUntil).getResultList()) {
                measures.add(SESSIONS, startedAt, 1);
            }
            for (Object[] row : em.createNamedQuery(SessionSignup.ATTENDANCE_BETWEEN, Object[].class)
                    .setParameter("start", period.start()).setParameter("end", heldUntil).getResultList()) {
                measures.add(ATTENDANCE, (Instant) row[0], ((Number) row[1]).longValue());
            }
        }
        return new FigureSection("consultations", "office.monitoring.consultations.title", ORDER,
                List.of(measures.table("consultations-measures", "office.monitoring.consultations.measures",
                        "office.monitoring.consultations.measure", false, FigureTable.Chart.BARS)),
                List.of(), new FigureSection.Channel("office.monitoring.channel.consultations", answersPerMonth));
    }
}
