package nl.xenia.portal.consultations.boundary;

import java.util.Map;
import java.util.Set;

/** A member's answers by question id, as typed or chosen (a draft may leave any question open). */
public record Answers(Map<Long, Answer> byQuestion) {

    /** One question's answer: the options chosen (ONE: at most one), the scale's value 1–5, or the open text. */
    public record Answer(Set<Long> options, Integer scale, String text) {
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public Answer of(long questionId) {
        return byQuestion.get(questionId);
    }
}
