package nl.xenia.portal.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.notification.boundary.MailTemplate;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.questions.entity.QuestionAlert;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.StaffDeactivated;
import nl.xenia.portal.staff.boundary.StaffDirectory;
import nl.xenia.portal.staff.entity.Role;

/**
 * Mail to staff at every new question, for members who asked for it: only that a question came in,
 * with a link to the office's list. The wish belongs to this component (not to the staff account);
 * it is forgotten when the member leaves.
 */
@ApplicationScoped
public class QuestionAlerts {

    /** For staff who asked for it: a question came in. A link to the office inbox, nothing else. Argument: link. */
    public static final MailTemplate NEW_QUESTION = MailTemplate.toStaff("new_question");

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    StaffDirectory directory;

    /** Where the member hears of new questions now (the page shows it back). */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole({Role.STAFF, Role.ADMIN})
    public Optional<String> alertAddress(SignedIn member) {
        return Optional.ofNullable(em.find(QuestionAlert.class, member.staffId())).map(QuestionAlert::getAddress);
    }

    /**
     * A member asks for (an address) or stops (blank) a mail at every new question, in the given
     * language; MAIL for something that is not an address.
     */
    @Transactional(TxType.REQUIRED)
    @RequiresRole({Role.STAFF, Role.ADMIN})
    public void alertAt(SignedIn member, String address, String language) {
        String clean = address == null ? "" : address.strip();
        if (!clean.isEmpty() && !Notifications.isAddress(clean)) {
            throw new QuestionException(QuestionException.Problem.MAIL);
        }
        QuestionAlert alert = em.find(QuestionAlert.class, member.staffId());
        if (clean.isEmpty()) {
            if (alert != null) {
                em.remove(alert);
            }
        } else if (alert == null) {
            em.persist(new QuestionAlert(member.staffId(), clean, language));
        } else {
            alert.moveTo(clean, language);
        }
    }

    /** In the asking transaction: a mail for every active member who reads questions and asked for it. */
    void onQuestionReceived(@Observes QuestionReceived received) {
        Set<Long> readers = directory.activeMembersWith(Role.STAFF, Role.ADMIN);
        for (QuestionAlert alert : em.createNamedQuery(QuestionAlert.ALL, QuestionAlert.class).getResultList()) {
            if (readers.contains(alert.getStaffId())) {
                notifications.queue(alert.getAddress(), alert.getLanguage(), NEW_QUESTION,
                        Map.of("link", notifications.officeLink(alert.getLanguage(), "questions")));
            }
        }
    }

    /** A member who leaves no longer gets mail. */
    void onStaffDeactivated(@Observes StaffDeactivated deactivated) {
        QuestionAlert alert = em.find(QuestionAlert.class, deactivated.staffId());
        if (alert != null) {
            em.remove(alert);
        }
    }
}
