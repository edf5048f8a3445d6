package nl.xenia.portal.members.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.members.entity.Member;
import nl.xenia.portal.staff.boundary.AuditSubject;
import nl.xenia.portal.staff.boundary.AuditSubjects;

/**
 * The members' audit items, named for the office: a member by number and pseudonym while the account exists (linked to
 * the members' page), by number once gone; an invitation by number.
 */
@ApplicationScoped
public class MemberAuditSubjects implements AuditSubjects {

    static final String INVITATION = "member-invitation";

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Languages languages;

    @Override
    public Set<String> subjectTypes() {
        return Set.of(Members.SUBJECT, INVITATION);
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<AuditSubject> subject(String subjectType, String subjectId, String language) {
        long id;
        try {
            id = Long.parseLong(subjectId);
        } catch (NumberFormatException | NullPointerException notAnId) {
            return Optional.empty();
        }
        if (INVITATION.equals(subjectType)) {
            return Optional.of(AuditSubject.linked(
                    languages.format(language, "office.audit.subject.memberInvitation", Map.of("id", id)), "members",
                    Map.of()));
        }
        if (!Members.SUBJECT.equals(subjectType)) {
            return Optional.empty();
        }
        Member member = em.find(Member.class, id);
        return Optional.of(member == null
                ? AuditSubject.named(languages.format(language, "office.audit.subject.memberGone", Map.of("id", id)))
                : AuditSubject.linked(languages.format(language, "office.audit.subject.member",
                        Map.of("id", id, "pseudonym", member.getPseudonym())), "members", Map.of()));
    }
}
