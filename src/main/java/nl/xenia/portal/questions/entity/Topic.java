package nl.xenia.portal.questions.entity;

/** What a question is about (labels: Topic.NAME). */
public enum Topic {
    HEALTH, MONEY, RULES, SAFETY, HOUSING, LEAVING, OTHER
}
