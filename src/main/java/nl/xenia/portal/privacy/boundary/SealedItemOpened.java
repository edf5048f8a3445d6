package nl.xenia.portal.privacy.boundary;

/** Fired whenever a staff session opens a sealed item: who, which item. Never what it says. */
public record SealedItemOpened(String actor, String context) {
}
