package nl.xenia.portal.privacy.boundary;

/**
 * A component that keeps things under receipt codes (question threads, appointments): one code may hold things of
 * several components, so a code is wrong only when no holder knows it ({@link Receipts#held}).
 */
public interface ReceiptHolder {

    /** Whether anything is kept under this lookup hash. */
    boolean holds(String lookupHash);
}
