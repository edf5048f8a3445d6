package nl.xenia.portal.privacy.boundary;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.subtle.Hkdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.privacy.control.Sealing;
import nl.xenia.portal.privacy.entity.KeyWrapper;
import nl.xenia.portal.privacy.entity.OrganisationKey;

/**
 * The organisation's key pair and its holders. The private key exists only wrapped: under each
 * staff member's password-derived key, under an invitation's code until the invitee activates, and
 * under the recovery key shown once to the first admin. {@link #seal} and {@link #open} are what
 * other components use for free text.
 */
@ApplicationScoped
public class OrganisationKeys {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<SealedItemOpened> opened;

    /** Whether the key pair has been created (at the first admin's sign-up). */
    @Transactional(TxType.SUPPORTS)
    public boolean exists() {
        return current().isPresent();
    }

    /**
     * Creates the key pair, wraps it for the first staff member and under a new recovery key, and
     * returns the recovery key (to show once; it is stored nowhere).
     */
    @Transactional(TxType.MANDATORY)
    public byte[] create(long staffId, byte[] staffKey) {
        if (exists()) {
            throw new IllegalStateException("The organisation key exists already");
        }
        try {
            KeysetHandle pair = Sealing.newOrganisationKey();
            OrganisationKey key = new OrganisationKey(Sealing.publicPart(pair), clock.instant());
            em.persist(key);
            em.flush();
            byte[] recoveryKey = Sealing.newKey();
            em.persist(new KeyWrapper(key.getId(), KeyWrapper.Kind.STAFF, staffId, Sealing.wrap(pair, staffKey),
                    clock.instant()));
            em.persist(new KeyWrapper(key.getId(), KeyWrapper.Kind.RECOVERY, null, Sealing.wrap(pair, recoveryKey),
                    clock.instant()));
            return recoveryKey;
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not create the organisation key", failure);
        }
    }

    /** The private key for a staff member's session; empty for a wrong key or no wrapper. */
    @Transactional(TxType.SUPPORTS)
    public Optional<UnlockedKey> unlock(long staffId, byte[] staffKey) {
        return unwrap(wrapperOf(staffId, KeyWrapper.Kind.STAFF), staffKey);
    }

    /** The private key from the printed recovery key; empty for a wrong one. */
    @Transactional(TxType.SUPPORTS)
    public Optional<UnlockedKey> recover(byte[] recoveryKey) {
        return unwrap(em.createNamedQuery(KeyWrapper.RECOVERY, KeyWrapper.class)
                .setParameter("kind", KeyWrapper.Kind.RECOVERY).setMaxResults(1).getResultStream().findFirst(),
                recoveryKey);
    }

    /**
     * After the recovery key was used (and so typed somewhere): the key is wrapped under a new recovery
     * key, which is returned to show once, and the old wrapper is deleted.
     */
    @Transactional(TxType.MANDATORY)
    public byte[] renewRecovery(UnlockedKey key) {
        byte[] recoveryKey = Sealing.newKey();
        em.createNamedQuery(KeyWrapper.RECOVERY, KeyWrapper.class).setParameter("kind", KeyWrapper.Kind.RECOVERY)
                .getResultStream().forEach(em::remove);
        OrganisationKey current = current().orElseThrow(() -> new IllegalStateException("No organisation key yet"));
        try {
            em.persist(new KeyWrapper(current.getId(), KeyWrapper.Kind.RECOVERY, null, Sealing.wrap(key.handle,
                    recoveryKey), clock.instant()));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not wrap the organisation key", failure);
        }
        return recoveryKey;
    }

    /** Wraps the key for a staff member (replacing an earlier wrapper), e.g. after a password change. */
    @Transactional(TxType.MANDATORY)
    public void wrapFor(long staffId, byte[] staffKey, UnlockedKey key) {
        replace(staffId, KeyWrapper.Kind.STAFF, staffKey, key);
    }

    /** Wraps the key under an invitation's code, so the invitee can take it over at activation. */
    @Transactional(TxType.MANDATORY)
    public void wrapForInvitation(long staffId, String invitationCode, UnlockedKey key) {
        replace(staffId, KeyWrapper.Kind.INVITATION, invitationKey(invitationCode), key);
    }

    /** At activation: moves the invitation's wrapper to the new password's key; false if the code does not open it. */
    @Transactional(TxType.MANDATORY)
    public boolean takeOverInvitation(long staffId, String invitationCode, byte[] staffKey) {
        Optional<KeyWrapper> invitation = wrapperOf(staffId, KeyWrapper.Kind.INVITATION);
        Optional<UnlockedKey> key = unwrap(invitation, invitationKey(invitationCode));
        if (key.isEmpty()) {
            return false;
        }
        em.remove(invitation.get());
        replace(staffId, KeyWrapper.Kind.STAFF, staffKey, key.get());
        return true;
    }

    /** At deactivation: the staff member can no longer open anything. */
    @Transactional(TxType.MANDATORY)
    public void forget(long staffId) {
        em.createNamedQuery(KeyWrapper.DELETE_OF_STAFF).setParameter("staff", staffId).executeUpdate();
    }

    /** Seals a text to the organisation (and, if given, to one more key) for the item named by context. */
    @Transactional(TxType.SUPPORTS)
    public Sealing.Sealed seal(String text, String context, Optional<byte[]> extraKey) {
        OrganisationKey key = current().orElseThrow(() -> new IllegalStateException("No organisation key yet"));
        try {
            return Sealing.seal(text, context, Sealing.readPublic(key.getPublicKeyset()), extraKey);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not seal", failure);
        }
    }

    /** Opens a sealed item in a staff session, and records in the audit log who opened which item. */
    public String open(Sealing.Sealed sealed, String context, UnlockedKey key, String actor)
            throws GeneralSecurityException {
        return openAll(List.of(sealed), context, key, actor).get(0);
    }

    /**
     * Opens the sealed parts of one item (e.g. a thread's messages) in a staff session, recorded in the
     * audit log once: who opened which item.
     */
    public List<String> openAll(List<Sealing.Sealed> sealed, String context, UnlockedKey key, String actor)
            throws GeneralSecurityException {
        List<String> texts = new java.util.ArrayList<>();
        for (Sealing.Sealed part : sealed) {
            texts.add(Sealing.openAsOrganisation(part, context, key.handle));
        }
        opened.fire(new SealedItemOpened(actor, context));
        return texts;
    }

    /**
     * Opens a sealed item with the extra key it was sealed to (e.g. the person's receipt-code key);
     * not audited: the holder of that key is the item's own author.
     */
    public String openWithKey(Sealing.Sealed sealed, String context, byte[] extraKey) throws GeneralSecurityException {
        return Sealing.openWithExtraKey(sealed, context, extraKey);
    }

    private Optional<OrganisationKey> current() {
        return em.createNamedQuery(OrganisationKey.CURRENT, OrganisationKey.class).setMaxResults(1).getResultStream()
                .findFirst();
    }

    private Optional<KeyWrapper> wrapperOf(long staffId, KeyWrapper.Kind kind) {
        return em.createNamedQuery(KeyWrapper.OF_STAFF, KeyWrapper.class).setParameter("staff", staffId)
                .setParameter("kind", kind).getResultStream().findFirst();
    }

    private void replace(long staffId, KeyWrapper.Kind kind, byte[] holderKey, UnlockedKey key) {
        wrapperOf(staffId, kind).ifPresent(em::remove);
        OrganisationKey current = current().orElseThrow(() -> new IllegalStateException("No organisation key yet"));
        try {
            em.persist(new KeyWrapper(current.getId(), kind, staffId, Sealing.wrap(key.handle, holderKey),
                    clock.instant()));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not wrap the organisation key", failure);
        }
    }

    private static Optional<UnlockedKey> unwrap(Optional<KeyWrapper> wrapper, byte[] holderKey) {
        if (wrapper.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UnlockedKey(Sealing.unwrap(wrapper.get().getWrapped(), holderKey)));
        } catch (GeneralSecurityException wrongKey) {
            return Optional.empty();
        }
    }

    /** An invitation code carries 160 random bits, so HKDF (not a slow password hash) makes its key. */
    static byte[] invitationKey(String invitationCode) {
        try {
            return Hkdf.computeHkdf("HMACSHA256", invitationCode.getBytes(StandardCharsets.US_ASCII),
                    "xenia invitation".getBytes(StandardCharsets.US_ASCII), new byte[0], 32);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
