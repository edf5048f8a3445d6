package nl.xenia.portal.privacy.boundary;

/**
 * A code was not tried: the client guessed wrong too often and must wait a moment ({@code refused} false) or is
 * refused for a while ({@code refused} true). Says nothing about the code.
 */
public class GuessLimited extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean refused;

    public GuessLimited(boolean refused) {
        super(refused ? "Refused: too many wrong codes" : "Wait: wrong codes just now", null, false, false);
        this.refused = refused;
    }

    public boolean isRefused() {
        return refused;
    }
}
