package nl.xenia.portal.meetups.entity;

/**
 * How a series repeats: every week, or every month on the same weekday of the month (the second Tuesday; the last one
 * when it was the fifth).
 */
public enum Repetition {
    WEEKLY, MONTHLY
}
