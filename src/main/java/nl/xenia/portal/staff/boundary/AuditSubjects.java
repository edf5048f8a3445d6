package nl.xenia.portal.staff.boundary;

import java.util.Optional;
import java.util.Set;

/**
 * Names the items of a component's audit entries for the office: each component that records
 * entries contributes one bean (found at run time, no central list), which says in the office's
 * language what an item is ("Vraag 12") and which office page shows it. Never contents: a name or a
 * title that staff may read anyway, never sealed text.
 */
public interface AuditSubjects {

    /** The subject types this component records ({@code "question"}, {@code "page"}). */
    Set<String> subjectTypes();

    /**
     * The item of one of {@link #subjectTypes()} named in the office language; its link is empty when
     * the item is gone or has no page. Empty when the id does not name an item of that type.
     */
    Optional<AuditSubject> subject(String subjectType, String subjectId, String language);
}
