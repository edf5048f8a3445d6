package nl.xenia.portal.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.xenia.portal.operations.boundary.SchemaMigrated;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.entity.BootstrapToken;

/**
 * The first admin account is created with a one-time bootstrap token, printed to the server log at
 * start for whoever installs the portal. There is no default password anywhere. Once a token has
 * been redeemed, no token is issued or accepted again.
 *
 * <p>Each token also holds an organisation keyset of its own until the first admin signs up (see
 * {@link OrganisationKeys}), so the public side works from the first start: what is sealed before the
 * sign-up opens with the token only, never with anything the database keeps, and is handed to the first
 * admin. This is always so, not only in the demo: whoever holds the token before the sign-up can make
 * themselves the admin and read everything sealed afterwards anyway, so the key gives a token holder
 * nothing new, and once the first admin has signed up the token and its holders are gone. What is
 * left: a copy of the database made before the sign-up, together with the log line, opens what was
 * sealed before the sign-up (a copy of the database alone opens nothing).
 */
@ApplicationScoped
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());
    static final Duration VALIDITY = Duration.ofHours(24);
    static final int TOKEN_BITS = 160;
    /** Liberty's AUDIT level: shown on the console by default, so whoever starts the server sees it. */
    private static final Level AUDIT = new Level("AUDIT", 850) {

        private static final long serialVersionUID = 1L;
    };

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Secrets secrets;

    @Inject
    OrganisationKeys organisationKeys;

    void onSchemaMigrated(@Observes SchemaMigrated migrated, StaffBootstrap self) {
        self.issueAtStart().ifPresent(token -> LOG.log(AUDIT, () -> "Staff bootstrap token (one use, valid "
                + VALIDITY.toHours() + " hours, create the first admin account with it): " + token));
    }

    /**
     * A new token while the first admin has not signed up yet, with a new organisation keyset held by
     * it alone; empty once the first admin has signed up. When every earlier token has expired, their
     * keysets are forgotten.
     */
    @Transactional
    public Optional<String> issueAtStart() {
        if (isCompleted()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        em.createNamedQuery(BootstrapToken.DELETE_EXPIRED).setParameter("now", now).executeUpdate();
        if (em.createNamedQuery(BootstrapToken.UNUSED_COUNT, Long.class).getSingleResult() == 0) {
            organisationKeys.forgetBootstrap();
        }
        String token = secrets.newCode(TOKEN_BITS);
        em.persist(new BootstrapToken(secrets.codeHash(token).orElseThrow(), now, now.plus(VALIDITY)));
        organisationKeys.createForBootstrap(token);
        return Optional.of(token);
    }

    /** Whether the first admin has signed up (a token was redeemed). */
    @Transactional
    public boolean isCompleted() {
        return em.createNamedQuery(BootstrapToken.USED_COUNT, Long.class).getSingleResult() > 0;
    }

    /** Whether a token as typed would be redeemed now (checked before anything else about a set-up form). */
    @Transactional
    public boolean isUsable(String typed) {
        Optional<String> hash = secrets.codeHash(typed);
        if (hash.isEmpty() || isCompleted()) {
            return false;
        }
        Instant now = clock.instant();
        return em.createNamedQuery(BootstrapToken.BY_HASH, BootstrapToken.class).setParameter("hash", hash.get())
                .getResultStream().anyMatch(candidate -> candidate.isUsableAt(now));
    }

    /**
     * Redeems a token as typed: true exactly once for a valid token, after which every other
     * token is void too.
     */
    @Transactional
    public boolean redeem(String typed) {
        Optional<String> hash = secrets.codeHash(typed);
        if (hash.isEmpty() || isCompleted()) {
            return false;
        }
        Instant now = clock.instant();
        Optional<BootstrapToken> token = em.createNamedQuery(BootstrapToken.BY_HASH, BootstrapToken.class)
                .setParameter("hash", hash.get()).getResultStream().findFirst()
                .filter(candidate -> candidate.isUsableAt(now));
        if (token.isEmpty()) {
            return false;
        }
        token.get().use(now);
        em.flush();
        em.createNamedQuery(BootstrapToken.DELETE_UNUSED).executeUpdate();
        return true;
    }
}
