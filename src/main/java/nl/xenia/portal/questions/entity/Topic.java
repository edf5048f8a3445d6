package nl.xenia.portal.questions.entity;

/** What a question is about (labels: question.topic.NAME). */
public enum Topic {
    HEALTH, MONEY, RULES, SAFETY, HOUSING, LEAVING, OTHER
}
