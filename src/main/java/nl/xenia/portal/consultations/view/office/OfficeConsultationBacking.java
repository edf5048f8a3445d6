package nl.xenia.portal.consultations.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.xenia.portal.consultations.boundary.ConsultationDesk;
import nl.xenia.portal.consultations.boundary.ConsultationException;
import nl.xenia.portal.consultations.boundary.ConsultationStage;
import nl.xenia.portal.consultations.boundary.StaffViews;
import nl.xenia.portal.consultations.entity.QuestionKind;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/consultation: a new consultation (without an id), or with {@code ?id=} one to change: when it opens and
 * closes, whether members answer anonymously or under their pseudonym, its title and background per language, and its
 * questions (kind, required, per language the text, the options one a line, the words at both ends of a scale). A
 * question is added, removed or moved by posting the whole form, which comes back with everything typed (nothing is
 * saved until Save). Once someone answered, the questions and the way of answering are shown, not edited. Publishing,
 * closing now and deleting (never published) ask first on a step of their own ({@code &step=publish|close|delete}).
 * The texts and questions are plain fields named by language and place ({@code title-nl}, {@code q0-text-nl}).
 */
@Named
@RequestScoped
public class OfficeConsultationBacking extends ConsultationPage {

    static final String PAGE = "consultation";
    static final String FORM = "consultation";
    /** The steps that ask first. */
    static final Set<String> STEPS = Set.of("publish", "close", "delete");
    /** The most questions a form is read for (a forged count reads no further). */
    static final int MOST_QUESTIONS = 100;
    static final String ANONYMOUS = "anonymous";
    static final String PSEUDONYM = "pseudonym";

    @Inject
    ConsultationDesk desk;

    @Inject
    OfficeSession session;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    private String step;
    private StaffViews.Draft draft;
    private StaffViews.Row row;
    private boolean looked;
    /** The field the last refusal was about (marked as invalid), or null; and the question's place, or -1. */
    private String invalid;
    private int invalidQuestion = -1;

    // the form
    private String answering = ANONYMOUS;
    private LocalDate opensDay;
    private LocalTime opensTime;
    private LocalDate closesDay;
    private LocalTime closesTime;
    private final Map<String, StaffViews.Texts> texts = new LinkedHashMap<>();
    private boolean textsRead;
    private List<EditedQuestion> questions;
    private QuestionKind newKind = QuestionKind.OPEN;

    /**
     * The view action (also on postback): with an id, the consultation or 404. The form not posted shows what is
     * saved; the one posted keeps what was typed.
     */
    public void load() {
        if (ConsultationOffice.forged("id")) {
            NotFound.answer();
            return;
        }
        if (getId() == null) {
            return;
        }
        if (getDraft() == null) {
            NotFound.answer();
            return;
        }
        if (!ConsultationOffice.posted(FORM)) {
            answering = draft.anonymous() ? ANONYMOUS : PSEUDONYM;
            opensDay = ConsultationOffice.day(draft.opensAt());
            opensTime = ConsultationOffice.time(draft.opensAt());
            closesDay = ConsultationOffice.day(draft.closesAt());
            closesTime = ConsultationOffice.time(draft.closesAt());
        }
    }

    /** Saves the new consultation or the changes; the questions as typed, or as saved once locked. */
    public void save() {
        try {
            long saved = desk.save(session.getSignedIn(), typedDraft());
            OfficePages.info(messages, isCreating()
                    ? "office.consultation.message.created"
                    : "office.consultation.message.saved");
            OfficePages.done(PAGE, Map.of("id", String.valueOf(saved)));
        } catch (ConsultationException refused) {
            refuse(refused);
        }
    }

    /** Adds an empty question of the kind chosen at the end; the form comes back with everything typed. */
    public void addQuestion() {
        if (!isLocked()) {
            getQuestions().add(new EditedQuestion(null, newKind, false));
        }
    }

    /** Removes the question at this place (saved only with Save). */
    public void removeQuestion(int index) {
        if (!isLocked() && index >= 0 && index < getQuestions().size()) {
            questions.remove(index);
        }
    }

    /** Moves the question at this place one up. */
    public void moveUp(int index) {
        if (!isLocked() && index > 0 && index < getQuestions().size()) {
            Collections.swap(questions, index, index - 1);
        }
    }

    /** Moves the question at this place one down. */
    public void moveDown(int index) {
        if (!isLocked() && index >= 0 && index < getQuestions().size() - 1) {
            Collections.swap(questions, index, index + 1);
        }
    }

    /** Makes it visible to members, after the question. */
    public void publish() {
        act(() -> desk.publish(session.getSignedIn(), getId()), "office.consultation.message.published", PAGE);
    }

    /** Closes it now, after the question. */
    public void closeNow() {
        act(() -> desk.closeNow(session.getSignedIn(), getId()), "office.consultation.message.closed", PAGE);
    }

    /** Deletes it (never published), after the question; then the list. */
    public void delete() {
        act(() -> desk.delete(session.getSignedIn(), getId()), "office.consultation.message.deleted", "consultations");
    }

    private void act(Runnable action, String doneKey, String page) {
        if (getId() == null) {
            NotFound.answer();
            return;
        }
        try {
            action.run();
            OfficePages.info(messages, doneKey);
            OfficePages.done(page, PAGE.equals(page) ? Map.of("id", String.valueOf(getId())) : Map.of());
        } catch (ConsultationException refused) {
            refuse(refused);
        }
    }

    private StaffViews.Draft typedDraft() {
        boolean locked = isLocked();
        List<StaffViews.QuestionDraft> typedQuestions = locked
                ? draft.questions()
                : getQuestions().stream().map(EditedQuestion::toDraft).toList();
        boolean anonymous = locked ? draft.anonymous() : !PSEUDONYM.equals(answering);
        Map<String, StaffViews.Texts> written = new LinkedHashMap<>();
        getTexts().forEach((language, text) -> {
            if (!blank(text.title()) || !blank(text.background())) {
                written.put(language, new StaffViews.Texts(strip(text.title()), strip(text.background())));
            }
        });
        return new StaffViews.Draft(getId(), anonymous, ConsultationOffice.at(opensDay, opensTime),
                ConsultationOffice.at(closesDay, closesTime), written, typedQuestions,
                getDraft() != null && draft.published(), locked);
    }

    /** The refusal above the form, naming the question it is about; its field or question is marked. */
    private void refuse(ConsultationException refused) {
        invalid = switch (refused.getProblem()) {
            case TITLE_MISSING -> "title";
            case TIMES -> "times";
            case QUESTIONS_MISSING -> "questions";
            default -> null;
        };
        invalidQuestion = refused.getQuestionId() == null ? -1 : placeOf(refused.getQuestionId());
        if (invalidQuestion >= 0) {
            OfficePages.errorText(messages.format("office.consultation.message.question", "number",
                    invalidQuestion + 1, "problem", ConsultationOffice.problem(messages, refused)));
        } else {
            ConsultationOffice.refused(messages, refused);
        }
    }

    private int placeOf(long questionId) {
        List<EditedQuestion> shown = getQuestions();
        for (int place = 0; place < shown.size(); place++) {
            if (Long.valueOf(questionId).equals(shown.get(place).getId())) {
                return place;
            }
        }
        return -1;
    }

    /** Whether the refusal was about this field (aria-invalid): {@code title-nl}, {@code opens}, … */
    public boolean invalid(String field) {
        return "title".equals(invalid) && field.startsWith("title-")
                || "times".equals(invalid) && (field.startsWith("opens") || field.startsWith("closes"))
                || field.equals(invalid);
    }

    /** Whether the refusal was about the question at this place. */
    public boolean invalidQuestion(int index) {
        return index == invalidQuestion;
    }

    private static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    private static String strip(String typed) {
        return typed == null ? null : typed.strip();
    }

    // --- what the page shows ---

    /** The consultation named by the id (in the address or the form's hidden field); null for a new one. */
    public StaffViews.Draft getDraft() {
        if (!looked && getId() != null) {
            looked = true;
            draft = ConsultationOffice.unlessGone(() -> desk.draft(session.getSignedIn(), getId()));
            if (draft != null) {
                row = ConsultationOffice.row(desk, session.getSignedIn(), getId(), messages.getLang()).orElse(null);
            }
        }
        return draft;
    }

    /** The consultation as the list shows it (title, stage, how many answered), or null for a new one. */
    public StaffViews.Row getRow() {
        getDraft();
        return row;
    }

    public boolean isCreating() {
        return getId() == null;
    }

    /** Whether someone answered: the questions and the way of answering can no longer change. */
    public boolean isLocked() {
        return getDraft() != null && draft.locked();
    }

    public boolean isPublished() {
        return getDraft() != null && draft.published();
    }

    /** Whether it is closed (published, and its time is over or it was closed early): nothing can change any more. */
    public boolean isClosed() {
        return isPublished() && getRow() != null && row.stage() == ConsultationStage.CLOSED;
    }

    /** Whether it can be closed now: published and open. */
    public boolean isClosable() {
        return isPublished() && getRow() != null && row.stage() == ConsultationStage.OPEN;
    }

    /** The step that asks first ({@code publish}, {@code close}, {@code delete}), when it applies, else null. */
    public String getAsking() {
        String asked = getStep();
        if (asked == null || !STEPS.contains(asked) || getDraft() == null) {
            return null;
        }
        return switch (asked) {
            case "publish" -> isPublished() ? null : asked;
            case "close" -> isClosable() ? asked : null;
            default -> isPublished() ? null : asked;
        };
    }

    /** The heading of the step that asks first. */
    public String getAskTitle() {
        String asking = getAsking();
        return asking == null ? "" : messages.get(switch (asking) {
            case "publish" -> "office.consultation.ask.publish.title";
            case "close" -> "office.consultation.ask.close.title";
            default -> "office.consultation.ask.delete.title";
        });
    }

    /** The question of the step that asks first, naming the consultation. */
    public String getAskQuestion() {
        String asking = getAsking();
        return asking == null ? "" : messages.format(switch (asking) {
            case "publish" -> "office.consultation.ask.publish.question";
            case "close" -> "office.consultation.ask.close.question";
            default -> "office.consultation.ask.delete.question";
        }, "title", getTitle());
    }

    public String getTitle() {
        return getRow() == null ? "" : row.title();
    }

    public String getStageName() {
        return getRow() == null ? "" : ConsultationOffice.stage(messages, row);
    }

    public String getAnsweringName() {
        return getDraft() == null ? "" : OfficeConsultationListBacking.answering(messages, draft.anonymous());
    }

    public String getOpens() {
        return getDraft() == null ? "" : ConsultationOffice.moment(messages.getLang(), draft.opensAt());
    }

    public String getCloses() {
        return getDraft() == null ? "" : ConsultationOffice.moment(messages.getLang(), draft.closesAt());
    }

    /** The languages a consultation is written in (the portal's). */
    public List<Languages.Language> getTextLanguages() {
        return languages.all();
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    /**
     * The title and background per language: as posted (fields {@code title-xx}, {@code background-xx}) when the form
     * was, else as saved.
     */
    public Map<String, StaffViews.Texts> getTexts() {
        if (!textsRead) {
            textsRead = true;
            if (ConsultationOffice.posted(FORM)) {
                for (String code : languages.codes()) {
                    texts.put(code, new StaffViews.Texts(ConsultationOffice.param("title-" + code),
                            ConsultationOffice.param("background-" + code)));
                }
            } else if (getDraft() != null) {
                texts.putAll(draft.texts());
            }
        }
        return texts;
    }

    public String title(String language) {
        StaffViews.Texts text = getTexts().get(language);
        return text == null ? null : text.title();
    }

    public String background(String language) {
        StaffViews.Texts text = getTexts().get(language);
        return text == null ? null : text.background();
    }

    /**
     * The questions: as posted (a count, then per place {@code q0-id}, {@code q0-kind}, {@code q0-required} and per
     * language {@code q0-text-nl}, {@code q0-options-nl}, {@code q0-low-nl}, {@code q0-high-nl}) when the form was and
     * they are not locked, else as saved; a new consultation starts with one open question.
     */
    public List<EditedQuestion> getQuestions() {
        if (questions == null) {
            questions = new ArrayList<>();
            if (ConsultationOffice.posted(FORM) && !isLocked()) {
                Long count = ConsultationOffice.number("questions");
                int posted = count == null ? 0 : (int) Math.min(Math.max(count, 0), MOST_QUESTIONS);
                for (int place = 0; place < posted; place++) {
                    questions.add(postedQuestion(place));
                }
            } else if (getDraft() != null) {
                draft.questions().forEach(saved -> questions.add(EditedQuestion.of(saved)));
            } else {
                questions.add(new EditedQuestion(null, QuestionKind.OPEN, false));
            }
        }
        return questions;
    }

    private EditedQuestion postedQuestion(int place) {
        String prefix = "q" + place + "-";
        QuestionKind kind = kind(ConsultationOffice.param(prefix + "kind"));
        EditedQuestion question = new EditedQuestion(ConsultationOffice.number(prefix + "id"), kind,
                ConsultationOffice.param(prefix + "required") != null);
        for (String code : languages.codes()) {
            question.put(code, new EditedQuestion.Typed(ConsultationOffice.param(prefix + "text-" + code),
                    ConsultationOffice.param(prefix + "options-" + code),
                    ConsultationOffice.param(prefix + "low-" + code),
                    ConsultationOffice.param(prefix + "high-" + code)));
        }
        return question;
    }

    /** The kind posted, or an open question for a forged one. */
    private static QuestionKind kind(String posted) {
        for (QuestionKind known : QuestionKind.values()) {
            if (known.name().equals(posted)) {
                return known;
            }
        }
        return QuestionKind.OPEN;
    }

    /** A saved question's heading (read-only view): "Question 2: One choice, must be answered". */
    public String summary(StaffViews.QuestionDraft question, int index) {
        return languages.format(messages.getLang(), "office.consultation.question.summary",
                Map.of("number", index + 1, "kind", messages.get("QuestionKind." + question.kind().name()),
                        "required", question.required() ? "yes" : "no"));
    }

    /** A saved scale's words in a language (read-only view): "1 = not at all, 5 = very". */
    public String scaleWords(StaffViews.QuestionDraft question, String language) {
        StaffViews.QuestionTexts text = question.texts().get(language);
        return text == null
                ? ""
                : messages.format("office.consultation.question.scale", "low", text.scaleLow(), "high",
                        text.scaleHigh());
    }

    /** A question's saved options in a language (read-only view), one per item. */
    public List<String> savedOptions(StaffViews.QuestionDraft question, String language) {
        StaffViews.QuestionTexts text = question.texts().get(language);
        return text == null || text.options() == null ? List.of() : text.options();
    }

    /** The languages a saved question is written in (read-only view), in the portal's order. */
    public List<Languages.Language> writtenIn(StaffViews.QuestionDraft question) {
        return languages.all().stream().filter(language -> question.texts().containsKey(language.code())).toList();
    }

    // --- view parameters and fields ---

    public String getStep() {
        if (step == null) {
            step = ConsultationOffice.param("step");
        }
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public String getAnswering() {
        return answering;
    }

    public void setAnswering(String answering) {
        this.answering = answering;
    }

    public LocalDate getOpensDay() {
        return opensDay;
    }

    public void setOpensDay(LocalDate opensDay) {
        this.opensDay = opensDay;
    }

    public LocalTime getOpensTime() {
        return opensTime;
    }

    public void setOpensTime(LocalTime opensTime) {
        this.opensTime = opensTime;
    }

    public LocalDate getClosesDay() {
        return closesDay;
    }

    public void setClosesDay(LocalDate closesDay) {
        this.closesDay = closesDay;
    }

    public LocalTime getClosesTime() {
        return closesTime;
    }

    public void setClosesTime(LocalTime closesTime) {
        this.closesTime = closesTime;
    }

    public QuestionKind getNewKind() {
        return newKind;
    }

    public void setNewKind(QuestionKind newKind) {
        this.newKind = newKind == null ? QuestionKind.OPEN : newKind;
    }
}
