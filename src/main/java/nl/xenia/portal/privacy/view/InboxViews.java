package nl.xenia.portal.privacy.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.xenia.portal.privacy.boundary.Secrets;

/**
 * The inbox's redirect-after-post: what a posted code opened is held here, in this server's memory
 * only, under a random one-time token (at least 128 bits) that the address after the 303 carries
 * instead of the code. The token is redeemed by one GET, lives two minutes at most, and the store
 * holds a bounded number of them; nothing is written anywhere, and the token is never logged (the
 * access log has the path without its query).
 */
@ApplicationScoped
public class InboxViews {

    /** How long a token may wait for its GET. */
    static final Duration LIFETIME = Duration.ofMinutes(2);

    /** The most views held at once; when full (after dropping the expired), the inbox answers without a redirect. */
    static final int CAPACITY = 5_000;

    /**
     * What a posted code opened: the code itself (to read the thread again; none once deleted) and
     * the bundle keys of the notice and the error to show, if any.
     */
    public record View(String code, boolean deleted, String notice, String error, Instant until) {
    }

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    private final Map<String, View> views = new ConcurrentHashMap<>();

    /** Holds a view and gives its token; empty when the store is full. */
    public Optional<String> hold(String code, boolean deleted, String notice, String error) {
        Instant now = clock.instant();
        if (views.size() >= CAPACITY) {
            views.values().removeIf(view -> !view.until().isAfter(now));
            if (views.size() >= CAPACITY) {
                return Optional.empty();
            }
        }
        String token = secrets.newCode(128).replace("-", "");
        views.put(token, new View(deleted ? null : code, deleted, notice, error, now.plus(LIFETIME)));
        return Optional.of(token);
    }

    /**
     * Holds a view and answers the current (Faces) request with a 303 to the inbox in a language, carrying the token
     * (never the code); false, and nothing answered, when the store is full.
     */
    public boolean seeInbox(String language, String code, boolean deleted, String notice, String error) {
        Optional<String> token = hold(code, deleted, notice, error);
        token.ifPresent(held -> {
            FacesContext context = FacesContext.getCurrentInstance();
            HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", context.getExternalContext().getRequestContextPath() + "/" + language
                    + "/inbox?view=" + held);
            context.responseComplete();
        });
        return token.isPresent();
    }

    /** The view of a token, once: the token is gone afterwards; empty for an unknown or expired token. */
    public Optional<View> redeem(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        View view = views.remove(token);
        return view == null || !view.until().isAfter(clock.instant()) ? Optional.empty() : Optional.of(view);
    }

    /** How many views are held (for tests of the bound). */
    int size() {
        return views.size();
    }
}
