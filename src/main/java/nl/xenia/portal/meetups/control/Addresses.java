package nl.xenia.portal.meetups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import nl.xenia.portal.meetups.entity.Meetup;
import nl.xenia.portal.privacy.boundary.InstallationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;

/**
 * A meetup's exact address (or online link) is encrypted under a key derived from the installation's receipt key,
 * which lives outside the database: a copy of the database does not tell where people gather, yet the portal can show
 * the address to someone who comes without any staff member signed in. Bound to the occurrence: an address copied to
 * another row does not open.
 */
@ApplicationScoped
public class Addresses {

    private static final String PURPOSE = "meetup-address";

    @Inject
    InstallationKeys installationKeys;

    @Inject
    Secrets secrets;

    /** Encrypts the address of a meetup that has its id. */
    public byte[] lock(Meetup meetup, String address) {
        return secrets.protect(address.getBytes(StandardCharsets.UTF_8), installationKeys.derivedKey(PURPOSE),
                meetup.addressContext());
    }

    /** The address of a meetup. */
    public String open(Meetup meetup) {
        return secrets.unprotect(meetup.getAddress(), installationKeys.derivedKey(PURPOSE), meetup.addressContext())
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElseThrow(() -> new IllegalStateException("A meetup's address did not open with its key"));
    }
}
