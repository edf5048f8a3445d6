package nl.xenia.portal.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.util.Map;
import nl.xenia.portal.notification.boundary.MailTemplate;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Sealed;
import nl.xenia.portal.questions.entity.QuestionThread;

/**
 * The reader's wish to hear of an answer: when staff answer a thread whose reader left an address, a
 * mail "there is something new" (a link to the inbox in the thread's language; no content, no code)
 * is queued. A plain synchronous observer, so the mail is queued in the answer's own transaction: it
 * exists exactly when the answer commits, and a failure to queue it rolls the answer back instead of
 * losing the mail (a transactional observer's failure would only be logged).
 */
@ApplicationScoped
public class ReaderNotices {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    OrganisationKeys keys;

    @Inject
    Notifications notifications;

    void onQuestionAnswered(@Observes QuestionAnswered answered) {
        QuestionThread thread = em.find(QuestionThread.class, answered.threadId());
        if (thread == null || thread.getContactText() == null) {
            return;
        }
        String address;
        try {
            address = keys.open(new Sealed(thread.getContactText(), thread.getContactSealed(), null),
                    Questions.contactContext(thread), answered.answeredBy().key(), answered.answeredBy().username());
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException("A thread's address did not open with the organisation's key", unreadable);
        }
        notifications.queue(address, thread.getLanguage(), MailTemplate.SOMETHING_NEW,
                Map.of("link", notifications.link(thread.getLanguage(), "/inbox")));
    }
}
