package nl.xenia.portal.consultations.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.xenia.portal.consultations.boundary.ConsultationDesk;
import nl.xenia.portal.consultations.boundary.ConsultationException;
import nl.xenia.portal.consultations.boundary.StaffViews;
import nl.xenia.portal.consultations.entity.QuestionKind;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/consultation-results?id=: how many answered, and per choice question and scale a bar chart with the same
 * numbers in a table below it (read without JavaScript); groups smaller than five are shown as "< 5" and drawn as no
 * bar. Anonymous results exist only after the close. The open answers are opened only when asked (a post, recorded in
 * the audit log by the boundary) and shown in that answer alone, kept nowhere. {@code &download=csv} answers the
 * results as a CSV file named by the consultation's id only.
 */
@Named
@RequestScoped
public class OfficeConsultationResultsBacking extends ConsultationPage {

    static final String PAGE = "consultation-results";
    /** The bars' colour: the office's purple. */
    private static final String COLOUR = "#5b2c83";

    /** A question's results as the page shows them: its heading, its counts as lines and, when it has any, a chart. */
    public record Shown(long questionId, String heading, String kindName, String scaleWords, String openCount,
            List<Line> lines, String chart, String chartLabel) {

        /** Whether it has counts to draw (a choice or a scale). */
        public boolean charted() {
            return chart != null;
        }

        /** The chart's height: room for each bar (the canvas fills it). */
        public String chartStyle() {
            return "position:relative;width:100%;max-width:48rem;height:"
                    + Math.min(16, Math.max(9, 3 * lines.size() + 3))
                    + "rem";
        }
    }

    /** One choice or scale value and its count as shown ("< 5" when suppressed). */
    public record Line(String label, String count, boolean suppressed) {
    }

    @Inject
    ConsultationDesk desk;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private StaffViews.Results results;
    private boolean fetched;
    private List<Shown> shown;
    private List<StaffViews.OpenAnswer> openAnswers;

    /** The view action (also on postback): the results or 404; the CSV when the address asks for it. */
    public void load() {
        if (ConsultationOffice.forged("id") || getResults() == null) {
            NotFound.answer();
            return;
        }
        if (ConsultationOffice.csvAsked()) {
            try {
                ConsultationOffice.download("consultation-" + getId() + "-results.csv",
                        desk.resultsCsv(session.getSignedIn(), getId(), messages.getLang()));
            } catch (ConsultationException refused) {
                // no results yet (anonymous, not closed): the page says so, with the refusal above it
                ConsultationOffice.refused(messages, refused);
            }
        }
    }

    /** Opens the open answers with the member's key (the boundary records it) and shows them in this answer. */
    public void showOpenAnswers() {
        if (getResults() == null) {
            NotFound.answer();
            return;
        }
        try {
            openAnswers = desk.openAnswers(session.getSignedIn(), getId(), messages.getLang());
            if (openAnswers.isEmpty()) {
                OfficePages.info(messages, "office.consultationresults.message.noOpenAnswers");
            }
        } catch (ConsultationException refused) {
            ConsultationOffice.refused(messages, refused);
        }
    }

    // --- what the page shows ---

    /** The results in the office's language, read once; null when there is no such consultation. */
    public StaffViews.Results getResults() {
        if (!fetched) {
            fetched = true;
            if (getId() != null) {
                results = ConsultationOffice
                        .unlessGone(() -> desk.results(session.getSignedIn(), getId(), messages.getLang()));
            }
        }
        return results;
    }

    /** The number who answered, as shown ("< 5" when suppressed). */
    public String getAnswered() {
        return getResults() == null ? "" : count(results.answered());
    }

    /** The questions' results, each with its lines and chart. */
    public List<Shown> getShown() {
        if (shown == null) {
            shown = new ArrayList<>();
            if (getResults() != null) {
                int number = 0;
                for (StaffViews.QuestionResult question : results.questions()) {
                    shown.add(shown(question, ++number));
                }
            }
        }
        return shown;
    }

    private Shown shown(StaffViews.QuestionResult question, int number) {
        String heading = messages.format("office.consultationresults.question", "number", number, "text",
                question.text());
        String kindName = messages.get("QuestionKind." + question.kind().name());
        boolean scale = question.kind() == QuestionKind.SCALE;
        String words = scale
                ? messages.format("office.consultation.question.scale", "low", question.scaleLow(), "high",
                        question.scaleHigh())
                : null;
        List<Line> lines = new ArrayList<>();
        List<String> chartLabels = new ArrayList<>();
        for (StaffViews.ChoiceCount choice : question.choices()) {
            String label = choice.label();
            lines.add(new Line(label, count(choice.count()), choice.count().suppressed()));
            chartLabels.add(choice.count().suppressed()
                    ? messages.format("office.consultationresults.chart.suppressed", "label", label, "smallest",
                            ConsultationDesk.SMALLEST_GROUP)
                    : label);
        }
        String chart = question.choices().isEmpty()
                ? null
                : ResultCharts.bar(question.choices(), chartLabels,
                        messages.get("office.consultationresults.column.count"), !scale, COLOUR);
        String openCount = question.kind() == QuestionKind.OPEN && question.openAnswers() != null
                ? count(question.openAnswers())
                : null;
        return new Shown(question.questionId(), heading, kindName, words, openCount, lines, chart,
                messages.format("office.consultationresults.chart.label", "number", number, "text", question.text()));
    }

    /** A count as shown: the number, or "< 5" for a group too small to show. */
    String count(StaffViews.Count count) {
        return count.suppressed()
                ? messages.format("office.consultationresults.suppressed", "smallest", ConsultationDesk.SMALLEST_GROUP)
                : String.valueOf(count.value());
    }

    /** The open answers opened by this post, or null when not asked. */
    public List<StaffViews.OpenAnswer> getOpenAnswers() {
        return openAnswers;
    }

    /** Whether the open answers may carry pseudonyms (answered under them). */
    public boolean isPseudonyms() {
        return getResults() != null && !results.anonymous();
    }

    /** The smallest group shown as a number. */
    public int getSmallest() {
        return ConsultationDesk.SMALLEST_GROUP;
    }

    public String getStageName() {
        return getResults() == null ? "" : messages.get("ConsultationStage." + results.stage().name());
    }

    // --- view parameters ---
}
