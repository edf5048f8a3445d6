package nl.xenia.portal.meetups.entity;

/** Where an RSVP stands: coming (holding a place), waiting for a place, or left (the person cannot come after all). */
public enum RsvpStatus {
    COMING, WAITING, LEFT
}
