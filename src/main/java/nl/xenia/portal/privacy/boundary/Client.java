package nl.xenia.portal.privacy.boundary;

/**
 * A client as the limits count it: its address (an IPv6 client by its /64), worked out once by
 * {@link Clients} from the connection and trusted proxies only. Kept for the request only; its text
 * form shows nothing, so a client written to a log by mistake reveals no address.
 */
public final class Client {

    private final String key;

    private Client(String key) {
        this.key = key;
    }

    /** A client known by this key (for in-container tests and callers that are not HTTP requests). */
    public static Client of(String key) {
        return new Client(key == null ? "" : key);
    }

    /** The key the limits hash (with a daily key) before counting; never to be stored or logged. */
    String key() {
        return key;
    }

    /**
     * A keyed hash of a name together with this client (e.g. a sign-in name), for limits counted per
     * name and client: neither can be read back from it.
     */
    public String keyedHash(byte[] secret, String name) {
        return java.util.Base64.getEncoder()
                .encodeToString(nl.xenia.portal.privacy.control.KeyedHash.of(secret, name + "\u0000" + key));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Client client && client.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return "Client[…]";
    }
}
