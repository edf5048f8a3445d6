package nl.xenia.portal.consultations.boundary;

/** Where a consultation is in its time: not yet open, open for answers, closed (label in every language). */
public enum ConsultationStage {
    UPCOMING, OPEN, CLOSED
}
