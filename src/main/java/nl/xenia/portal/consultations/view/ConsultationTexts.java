package nl.xenia.portal.consultations.view;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import nl.xenia.portal.consultations.boundary.ConsultationStage;
import nl.xenia.portal.consultations.boundary.MemberViews;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;

/**
 * What the consultation pages (the members' and the public outcomes) say the same way: a moment and a span of time in
 * the reader's language (Europe/Amsterdam), where a consultation is in its time, the mark of a text in another
 * language, and the id an address names.
 */
public final class ConsultationTexts {

    private ConsultationTexts() {
    }

    /** A consultation in a list, with its stage and its time in the reader's language. */
    public record Row(MemberViews.Listed listed, String stage, String when) {
    }

    /** A listed consultation as a list shows it. */
    public static Row row(Messages messages, MemberViews.Listed listed) {
        return new Row(listed, stage(messages, listed.stage()),
                when(messages, listed.stage(), listed.opensAt(), listed.closesAt(), "members.consultations.opens",
                        "members.consultations.closes", "members.consultations.closed"));
    }

    /** The stage's label ("Open"). */
    public static String stage(Messages messages, ConsultationStage stage) {
        return messages.get("ConsultationStage." + stage.name());
    }

    /**
     * "Opens …", "Open until …" or "Closed on …" in the reader's language: one of three keys, each with
     * {@code {when}}.
     */
    public static String when(Messages messages, ConsultationStage stage, Instant opensAt, Instant closesAt,
            String opens, String closes, String closed) {
        return switch (stage) {
            case UPCOMING -> messages.format(opens, "when", moment(messages, opensAt));
            case OPEN -> messages.format(closes, "when", moment(messages, closesAt));
            case CLOSED -> messages.format(closed, "when", moment(messages, closesAt));
        };
    }

    /** "ma 1 dec. 14:05" in the reader's language. */
    public static String moment(Messages messages, Instant when) {
        return Languages.dateTime(messages.getLang(), when);
    }

    /** "dinsdag 2 juni, 19:00–21:00" in the reader's language. */
    public static String span(Messages messages, Instant start, Instant end) {
        String lang = messages.getLang();
        return messages.format("consultations.when", "day",
                Languages.day(lang, start.atZone(Languages.LOCAL_TIME).toLocalDate()), "time",
                Languages.time(lang, start) + "–" + Languages.time(lang, end));
    }

    /** "(in English)" when the texts are in another language than the reader's (a fallback); null otherwise. */
    public static String otherLanguage(Messages messages, String textLanguage, boolean fallback) {
        if (!fallback || textLanguage == null || textLanguage.equals(messages.getLang())) {
            return null;
        }
        return messages.format("consultations.language.other", "language",
                Languages.name(textLanguage, messages.getLang()));
    }

    /** A number typed in an address or a form: digits only, at most 18; empty otherwise. */
    public static Optional<Long> id(String typed) {
        if (typed == null || typed.isEmpty() || typed.length() > 18 || !typed.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(typed));
    }

    /** Answers with a 303 to a path of the site (the context path is added) and ends the Faces request. */
    public static void seeOther(String contextPath, String path) {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", contextPath + path);
        context.responseComplete();
    }
}
