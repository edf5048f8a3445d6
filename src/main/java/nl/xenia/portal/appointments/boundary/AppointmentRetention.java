package nl.xenia.portal.appointments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.xenia.portal.appointments.control.Openings;
import nl.xenia.portal.appointments.entity.Appointment;
import nl.xenia.portal.appointments.entity.AppointmentCount;
import nl.xenia.portal.appointments.entity.Place;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.privacy.boundary.Expiring;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The appointments' part in the retention job: deletes appointments {@code xenia.appointments.retention} (default 30
 * days) after their end, whatever became of them, at most a batch per round, in a transaction of its own per round.
 * Each is counted for monitoring first (month of its time, service, kind of place, language, interpreter wanted,
 * outcome) and a reminder still waiting in the outbox is withdrawn with it. The row is deleted by id and counted only
 * when this transaction deleted it, so two servers removing the same appointment at once count it once.
 */
@ApplicationScoped
public class AppointmentRetention implements Expiring {

    private static final int BATCH = 500;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "xenia.appointments.retention", defaultValue = "P30D")
    Duration retention;

    @Override
    @Transactional
    public int deleteExpired(Instant now) {
        int deleted = 0;
        for (Appointment appointment : em.createNamedQuery(Appointment.ENDED_BEFORE, Appointment.class)
                .setParameter("before", now.minus(retention)).setMaxResults(BATCH).getResultList()) {
            if (remove(appointment)) {
                deleted++;
            }
        }
        return deleted;
    }

    private boolean remove(Appointment appointment) {
        long id = appointment.getId();
        Long reminder = appointment.getReminderMailId();
        em.detach(appointment);
        if (em.createNamedQuery(Appointment.DELETE).setParameter("id", id).executeUpdate() != 1) {
            return false;
        }
        if (reminder != null) {
            notifications.withdraw(reminder);
        }
        Place place = em.find(Place.class, appointment.getPlaceId());
        em.persist(new AppointmentCount(MONTH.format(appointment.getStartsAt().atZone(Openings.ZONE)),
                appointment.getServiceId(), place.getKind(), appointment.getLanguage(),
                appointment.isInterpreterWanted(), AppointmentCount.outcomeOf(appointment.getStatus())));
        return true;
    }
}
