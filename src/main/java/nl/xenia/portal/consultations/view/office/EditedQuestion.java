package nl.xenia.portal.consultations.view.office;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.consultations.boundary.StaffViews;
import nl.xenia.portal.consultations.entity.QuestionKind;

/**
 * A question as the editor holds it between posts: its id once saved, its kind, whether it must be answered, and per
 * language its text, its options as typed (one a line) and the words at both ends of a scale. Everything typed is kept
 * whatever the kind, so changing the kind loses nothing; only what the kind uses goes to the boundary.
 */
public final class EditedQuestion {

    /** A language's fields, as typed. */
    public record Typed(String text, String options, String low, String high) {

        static final Typed EMPTY = new Typed("", "", "", "");
    }

    private final Long id;
    private QuestionKind kind;
    private boolean required;
    private final Map<String, Typed> typed = new LinkedHashMap<>();

    public EditedQuestion(Long id, QuestionKind kind, boolean required) {
        this.id = id;
        this.kind = kind == null ? QuestionKind.OPEN : kind;
        this.required = required;
    }

    /** The question as the boundary gave it. */
    static EditedQuestion of(StaffViews.QuestionDraft saved) {
        EditedQuestion question = new EditedQuestion(saved.id(), saved.kind(), saved.required());
        saved.texts().forEach((language, texts) -> question.put(language,
                new Typed(texts.text(), texts.options() == null ? "" : String.join("\n", texts.options()),
                        texts.scaleLow(), texts.scaleHigh())));
        return question;
    }

    void put(String language, Typed fields) {
        typed.put(language, fields);
    }

    /** The question for the boundary: per language with something typed, the fields its kind uses. */
    StaffViews.QuestionDraft toDraft() {
        Map<String, StaffViews.QuestionTexts> texts = new LinkedHashMap<>();
        typed.forEach((language, fields) -> {
            StaffViews.QuestionTexts used = new StaffViews.QuestionTexts(strip(fields.text()),
                    isChoice() ? lines(fields.options()) : List.of(), isScale() ? strip(fields.low()) : null,
                    isScale() ? strip(fields.high()) : null);
            if (!(blank(used.text()) && used.options().isEmpty() && blank(used.scaleLow())
                    && blank(used.scaleHigh()))) {
                texts.put(language, used);
            }
        });
        return new StaffViews.QuestionDraft(id, kind, required, texts);
    }

    /** The options typed, one a line: line i is option i; blank lines and spaces around an option are dropped. */
    static List<String> lines(String typed) {
        return typed == null
                ? List.of()
                : Arrays.stream(typed.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String strip(String typed) {
        return typed == null ? null : typed.strip();
    }

    private static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    private Typed fields(String language) {
        return typed.getOrDefault(language, Typed.EMPTY);
    }

    public Long getId() {
        return id;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    /** Whether members choose among options (one or several). */
    public boolean isChoice() {
        return kind == QuestionKind.ONE || kind == QuestionKind.SEVERAL;
    }

    public boolean isScale() {
        return kind == QuestionKind.SCALE;
    }

    public String text(String language) {
        return fields(language).text();
    }

    public String options(String language) {
        return fields(language).options();
    }

    public String low(String language) {
        return fields(language).low();
    }

    public String high(String language) {
        return fields(language).high();
    }
}
