package nl.xenia.portal.consultations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.consultations.boundary.Answers;
import nl.xenia.portal.consultations.entity.Answer;
import nl.xenia.portal.consultations.entity.AnswerSet;
import nl.xenia.portal.consultations.entity.Consultation;
import nl.xenia.portal.consultations.entity.Response;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Sealed;

/**
 * Writes answers as they are counted: a set with a random id and its answers, open texts sealed to the organisation's
 * key. At the close of a consultation ({@link #close}) every sent anonymous response becomes a set without a member,
 * all in one transaction and in random order, and every response row of the consultation is deleted: nothing left
 * joins a member to what they answered anonymously.
 */
@ApplicationScoped
public class AnswerWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    OrganisationKeys organisationKeys;

    @Inject
    Sealing sealing;

    /** Writes one set (member null: anonymous). */
    public AnswerSet write(long consultationId, Long memberId, Answers answers) {
        AnswerSet set = new AnswerSet(consultationId, memberId);
        em.persist(set);
        List<Answer> rows = new ArrayList<>();
        answers.byQuestion().forEach((question, answer) -> {
            if (answer.options() != null) {
                answer.options().forEach(option -> rows.add(Answer.option(set.getId(), question, option)));
            }
            if (answer.scale() != null) {
                rows.add(Answer.scale(set.getId(), question, answer.scale()));
            }
            if (answer.text() != null && !answer.text().isBlank()) {
                Answer open = Answer.open(set.getId(), question);
                Sealed sealed = organisationKeys.seal(answer.text(), open.textContext(), Optional.empty());
                open.sealed(sealed.ciphertext(), sealed.forOrganisation());
                rows.add(open);
            }
        });
        Collections.shuffle(rows, RANDOM);
        rows.forEach(em::persist);
        return set;
    }

    /** Replaces a member's set under the pseudonym (the earlier one and its answers go). */
    public void replace(long consultationId, long memberId, Answers answers) {
        for (AnswerSet earlier : em.createNamedQuery(AnswerSet.OF_MEMBER, AnswerSet.class)
                .setParameter("consultation", consultationId).setParameter("member", memberId).getResultList()) {
            em.createNamedQuery(Answer.DELETE_OF_SET).setParameter("set", earlier.getId()).executeUpdate();
            em.remove(earlier);
        }
        em.flush();
        write(consultationId, memberId, answers);
    }

    /**
     * Closes a consultation once (its row locked, so two servers or a job and a staff member close it once): sent
     * anonymous responses become sets without a member, in random order; every response row goes. Returns whether this
     * call closed it.
     */
    public boolean close(long consultationId, java.time.Instant now) {
        Consultation consultation = em.find(Consultation.class, consultationId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (consultation == null || consultation.isClosed()) {
            return false;
        }
        if (consultation.isAnonymous()) {
            List<Response> sent = new ArrayList<>(em.createNamedQuery(Response.SENT_OF, Response.class)
                    .setParameter("consultation", consultationId).getResultList());
            List<Answers> answers = new ArrayList<>();
            sent.forEach(response -> answers.add(sealing.openResponse(response)));
            Collections.shuffle(answers, RANDOM);
            answers.forEach(given -> write(consultationId, null, given));
        }
        em.flush();
        em.createNamedQuery(Response.DELETE_OF).setParameter("consultation", consultationId).executeUpdate();
        consultation.close(now);
        return true;
    }
}
