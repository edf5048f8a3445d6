package nl.xenia.portal.consultations.entity;

/** The four kinds of question: open text, one choice, several choices, a scale of 1 to 5 with words at both ends. */
public enum QuestionKind {
    OPEN, ONE, SEVERAL, SCALE
}
