package nl.xenia.portal.consultations.boundary;

import java.time.Instant;
import java.util.List;
import nl.xenia.portal.consultations.entity.QuestionKind;

/** What members see of consultations: records only, in the member's language (with the fallback marked). */
public final class MemberViews {

    private MemberViews() {
    }

    /** A consultation in a member's list. */
    public record Listed(long id, String title, boolean anonymous, Instant opensAt, Instant closesAt,
            ConsultationStage stage, boolean sent, boolean outcomePublished) {
    }

    /**
     * A consultation as a member answers it: the background as safe HTML, every question, the member's draft or sent
     * answers, whether they may still change them (open, and under the pseudonym or not yet sent), and the sessions.
     */
    public record Page(long id, String language, boolean fallback, String title, String backgroundHtml,
            boolean anonymous, Instant opensAt, Instant closesAt, ConsultationStage stage, List<Question> questions,
            Answers answers, boolean sent, boolean mayChange, List<Session> sessions, boolean outcomePublished) {
    }

    public record Question(long id, QuestionKind kind, boolean required, String text, String scaleLow,
            String scaleHigh, List<Option> options) {
    }

    public record Option(long id, String label) {
    }

    /** A session; its place (or link) is shown only to members. */
    public record Session(long id, Instant startsAt, Instant endsAt, boolean online, String place, boolean signedUp) {
    }

    /** A published outcome: three parts as safe HTML. */
    public record Outcome(long id, String language, boolean fallback, String title, String saidHtml, String didHtml,
            String notDidHtml) {
    }
}
