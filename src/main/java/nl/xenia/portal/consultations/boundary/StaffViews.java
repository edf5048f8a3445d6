package nl.xenia.portal.consultations.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.consultations.entity.QuestionKind;

/** What staff write and see of consultations: records only. */
public final class StaffViews {

    private StaffViews() {
    }

    /** A consultation in the office's list; {@code answered} counts members who sent a response. */
    public record Row(long id, String title, boolean anonymous, Instant opensAt, Instant closesAt,
            ConsultationStage stage, boolean published, long answered, boolean outcomePublished) {
    }

    /** A consultation as staff write it: texts per language, questions in order. A new one has no id. */
    public record Draft(Long id, boolean anonymous, Instant opensAt, Instant closesAt, Map<String, Texts> texts,
            List<QuestionDraft> questions, boolean published, boolean locked) {
    }

    public record Texts(String title, String background) {
    }

    /** A question; its options (ONE, SEVERAL) are given per language, line by line in the same order. */
    public record QuestionDraft(Long id, QuestionKind kind, boolean required, Map<String, QuestionTexts> texts) {
    }

    public record QuestionTexts(String text, List<String> options, String scaleLow, String scaleHigh) {
    }

    public record SessionDraft(Instant startsAt, Instant endsAt, boolean online, String place) {
    }

    /** A session with who signed up (pseudonyms) and who came. */
    public record Session(long id, Instant startsAt, Instant endsAt, boolean online, String place,
            List<Signup> signups) {
    }

    public record Signup(long memberId, String pseudonym, boolean attended) {
    }

    /** A count as shown: below {@link ConsultationDesk#SMALLEST_GROUP} it is suppressed ("< 5"). */
    public record Count(long value, boolean suppressed) {
    }

    /**
     * The results of a consultation in a language: how many answered, and per question the counts. Anonymous results
     * exist only after the close ({@code available} false before).
     */
    public record Results(long id, String title, boolean anonymous, ConsultationStage stage, boolean available,
            Count answered, List<QuestionResult> questions) {
    }

    /** Counts per option (ONE, SEVERAL) or per value 1–5 (SCALE, labels "1".."5"); OPEN has none, only the number. */
    public record QuestionResult(long questionId, QuestionKind kind, String text, String scaleLow, String scaleHigh,
            List<ChoiceCount> choices, Count openAnswers) {
    }

    public record ChoiceCount(String label, Count count) {
    }

    /** An open answer, opened with the organisation's key; the pseudonym only when answered under it. */
    public record OpenAnswer(long questionId, String question, String text, String pseudonym) {
    }

    /** The outcome per language: what you said, what we did, what we did not do and why (Markdown). */
    public record OutcomeTexts(String said, String did, String notDid) {
    }

    public record Outcome(Map<String, OutcomeTexts> texts, boolean published, boolean isPublic) {
    }

    /** A member's participation in a year, for the volunteer fee: pseudonym and counts only. */
    public record Participation(String pseudonym, long answered, long attended) {
    }
}
