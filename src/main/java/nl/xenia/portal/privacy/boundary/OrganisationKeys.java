package nl.xenia.portal.privacy.boundary;

import com.google.crypto.tink.KeysetHandle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.xenia.portal.privacy.control.KeyPins;
import nl.xenia.portal.privacy.control.Sealing;
import nl.xenia.portal.privacy.control.SecretCodes;
import nl.xenia.portal.privacy.entity.KeyHolder;
import nl.xenia.portal.privacy.entity.KeyWrapper;
import nl.xenia.portal.privacy.entity.OrganisationKey;

/**
 * The organisation's keyset and who holds it. Every holder — a staff member, or the printed recovery
 * key — has a key pair of its own: the private half exists only wrapped under the holder's secret (a
 * password-derived key, the recovery key), the public half is pinned ({@link KeyPins}). The
 * organisation's keyset (every generation; the newest seals) reaches a holder only sealed to that
 * public half, by the first admin at set-up and afterwards only by an admin's session: never under a
 * secret that travels (an invitation code). {@link #seal} and {@link #open} are what other components
 * use for free text.
 *
 * <p>Before the first admin signs up, the keyset is held by the bootstrap token alone: when a token is
 * issued, a keyset is made and sealed to a bootstrap holder whose private half is wrapped under a key
 * derived from the token ({@link Sealing#keyFromToken}); the database keeps only the token's hash, so a
 * copy of it opens nothing. Questions can be asked from the first start. The first admin's sign-up with
 * the token hands that keyset on ({@link #handOver}) and deletes every bootstrap holder. A token issued
 * at a later start, before anyone signed up, gets a keyset of its own: what was sealed before that start
 * opens only with the earlier token (while it is valid).
 */
@ApplicationScoped
public class OrganisationKeys {

    private static final String ORGANISATION = "organisation";
    private static final String RECOVERY = "recovery";
    private static final String BOOTSTRAP = "bootstrap";

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    InstallationKeys installationKeys;

    @Inject
    Event<SealedItemOpened> opened;

    /** Whether the keyset has been created (when the first bootstrap token was issued, or at the first admin's sign-up). */
    @Transactional(TxType.SUPPORTS)
    public boolean exists() {
        return current().isPresent();
    }

    /**
     * Creates a new keyset (its generation the newest), gives it to a first staff member and to a new
     * recovery key, and returns the recovery key (to show once; it is stored nowhere). What was sealed
     * before does not open with it: the first admin's sign-up uses {@link #handOver}, which keeps that,
     * and comes here only when the token holds no keyset. Refused once any member holds the keyset: a
     * second keyset given to one member only would seal what comes next to that member alone.
     */
    @Transactional(TxType.MANDATORY)
    public byte[] create(long staffId, byte[] staffKey) {
        if (!withAccess().isEmpty()) {
            throw new IllegalStateException("The organisation key exists already");
        }
        try {
            KeysetHandle keyset = Sealing.newOrganisationKey();
            return giveToFirst(keyset, newGeneration(keyset), staffId, staffKey);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not create the organisation key", failure);
        }
    }

    /**
     * When a bootstrap token is issued (no admin yet): a new keyset, its generation the newest, sealed
     * to a new bootstrap holder whose private half is wrapped under a key derived from the token. From
     * now on items can be sealed; they open with the token only, until the first admin takes them over.
     */
    @Transactional(TxType.MANDATORY)
    public void createForBootstrap(String bootstrapToken) {
        String token = canonical(bootstrapToken).orElseThrow(() -> new IllegalArgumentException("Not a token"));
        try {
            KeysetHandle keyset = Sealing.newOrganisationKey();
            OrganisationKey generation = newGeneration(keyset);
            give(keyset, generation, newHolder(null, true, Sealing.keyFromToken(token, BOOTSTRAP)));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not create the organisation key", failure);
        }
    }

    /**
     * The first admin's sign-up with the bootstrap token: the keyset the token's holder holds is given
     * to the admin and to a new recovery key (returned, to show once), and every bootstrap holder is
     * deleted, so the token (in the server's log) opens nothing any more. When the token opens no
     * bootstrap holder (one issued before this design, or its holder deleted), or the keyset it opens is
     * not one this installation pinned, a new keyset is made instead.
     */
    @Transactional(TxType.MANDATORY)
    public byte[] handOver(String bootstrapToken, long staffId, byte[] staffKey) {
        try {
            Optional<KeysetHandle> held = bootstrapKeyset(bootstrapToken);
            Optional<OrganisationKey> pinnedGeneration = held.isEmpty() ? Optional.empty() : generationOf(held.get());
            forgetBootstrap();
            if (pinnedGeneration.isEmpty()) {
                return create(staffId, staffKey);
            }
            KeysetHandle keyset = held.get();
            OrganisationKey generation = pinnedGeneration.get();
            if (!generation.getId().equals(current().map(OrganisationKey::getId).orElse(null))) {
                // a later start made a newer bootstrap keyset: this one becomes the newest again
                generation = newGeneration(keyset);
            }
            return giveToFirst(keyset, generation, staffId, staffKey);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not hand over the organisation key", failure);
        }
    }

    /** Deletes every bootstrap holder with the keyset sealed to it (after the sign-up, or once every token has expired). */
    @Transactional(TxType.MANDATORY)
    public void forgetBootstrap() {
        em.createNamedQuery(KeyHolder.BOOTSTRAP, KeyHolder.class).getResultList().forEach(this::remove);
    }

    /**
     * A new member's own key pair, wrapped under their password's key (at activation): the member can
     * sign in, but holds the organisation's keyset only once an admin gives it ({@link #give}).
     */
    @Transactional(TxType.MANDATORY)
    public void enrol(long staffId, byte[] staffKey) {
        forget(staffId);
        try {
            newHolder(staffId, false, staffKey);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not make a holder's key", failure);
        }
    }

    /** A staff member's own key, for the session; empty for a wrong key or a member without one. */
    @Transactional(TxType.SUPPORTS)
    public Optional<UnlockedKey> unlock(long staffId, byte[] staffKey) {
        return unwrap(holderOf(staffId), staffKey);
    }

    /** The recovery key's own key; empty for a wrong one. */
    @Transactional(TxType.SUPPORTS)
    public Optional<UnlockedKey> recover(byte[] recoveryKey) {
        return unwrap(recoveryHolder(), recoveryKey);
    }

    /** Whether this key holds the organisation's keyset (an admin has given it). */
    @Transactional(TxType.SUPPORTS)
    public boolean hasAccess(UnlockedKey key) {
        try {
            keyset(key);
            return true;
        } catch (GeneralSecurityException noAccess) {
            return false;
        }
    }

    /** The staff members who hold the organisation's keyset. */
    @Transactional(TxType.SUPPORTS)
    public Set<Long> withAccess() {
        Set<Long> holders = holding();
        return em.createNamedQuery(KeyHolder.ALL, KeyHolder.class).getResultStream()
                .filter(holder -> holder.getStaffId() != null && holders.contains(holder.getId()))
                .map(KeyHolder::getStaffId).collect(Collectors.toSet());
    }

    /**
     * An admin's session gives the organisation's keyset to a member (sealed to the member's pinned
     * public key). Refused when the member has no pinned key, or the session's keyset is not the newest.
     */
    @Transactional(TxType.MANDATORY)
    public void give(UnlockedKey granter, long staffId) {
        KeyHolder holder = holderOf(staffId).orElseThrow(() -> new IllegalStateException("No key of that member"));
        try {
            KeysetHandle keyset = newest(granter);
            give(keyset, current().orElseThrow(), holder);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not give the organisation key", failure);
        }
    }

    /**
     * A new generation of the organisation's key (on demand, and when a member leaves): new items are
     * sealed to it; every holder of the keyset gets the keyset with all generations, so earlier items
     * still open. The caller's session holds the new keyset at once; other sessions open it at their
     * next use.
     */
    @Transactional(TxType.MANDATORY)
    public void rotate(UnlockedKey key) {
        try {
            KeysetHandle keyset = Sealing.withNewGeneration(newest(key));
            OrganisationKey generation = newGeneration(keyset);
            Set<Long> holding = holding();
            for (KeyHolder holder : em.createNamedQuery(KeyHolder.ALL, KeyHolder.class).getResultList()) {
                // a bootstrap holder left over holds a keyset of its own: never give it a staff member's
                if (holding.contains(holder.getId()) && !holder.isBootstrap()) {
                    give(keyset, generation, holder);
                }
            }
            key.keyset = null;
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not renew the organisation key", failure);
        }
    }

    /**
     * After the recovery key was used (and so typed somewhere): a new recovery key is given the
     * keyset and returned to show once; the old one's holder and wrapper are deleted.
     */
    @Transactional(TxType.MANDATORY)
    public byte[] renewRecovery(UnlockedKey key) {
        try {
            KeysetHandle keyset = newest(key);
            em.createNamedQuery(KeyHolder.RECOVERY, KeyHolder.class).getResultStream().forEach(this::remove);
            byte[] recoveryKey = Sealing.newKey();
            give(keyset, current().orElseThrow(), newHolder(null, false, recoveryKey));
            return recoveryKey;
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not renew the recovery key", failure);
        }
    }

    /** The member's own key wrapped under a new password's key (the keyset it holds stays). */
    @Transactional(TxType.MANDATORY)
    public void rewrap(long staffId, UnlockedKey key, byte[] staffKey) {
        KeyHolder holder = holderOf(staffId).filter(found -> found.getId() == key.holderId)
                .orElseThrow(() -> new IllegalStateException("Not this member's key"));
        try {
            holder.rewrapped(Sealing.wrap(key.holderPrivate, staffKey));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not wrap a holder's key", failure);
        }
    }

    /** At deactivation: the member's key and the keyset sealed to it are deleted. */
    @Transactional(TxType.MANDATORY)
    public void forget(long staffId) {
        holderOf(staffId).ifPresent(this::remove);
    }

    /**
     * Seals a text to the organisation's newest generation (and, if given, to one more key) for the
     * item named by context. Refused when the newest public key's pin does not hold.
     */
    @Transactional(TxType.SUPPORTS)
    public Sealed seal(String text, String context, Optional<byte[]> extraKey) {
        OrganisationKey key = current().orElseThrow(() -> new IllegalStateException("No organisation key yet"));
        if (!pinned(key)) {
            throw new IllegalStateException("The organisation's public key is not the one pinned: nothing sealed");
        }
        try {
            return Sealing.seal(text, context, Sealing.readPublic(key.getPublicKeyset()), extraKey);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not seal", failure);
        }
    }

    /** Opens a sealed item in a staff session, and records in the audit log who opened which item. */
    @Transactional(TxType.SUPPORTS)
    public String open(Sealed sealed, String context, UnlockedKey key, String actor)
            throws GeneralSecurityException {
        return openAll(List.of(sealed), List.of(context), key, actor, context).get(0);
    }

    /**
     * Opens the sealed parts of one item (e.g. a thread's messages, each with its own context) in a
     * staff session, recorded in the audit log once under the item's name: who opened which item.
     */
    @Transactional(TxType.SUPPORTS)
    public List<String> openAll(List<Sealed> sealed, List<String> contexts, UnlockedKey key, String actor,
            String item) throws GeneralSecurityException {
        KeysetHandle keyset = keyset(key);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < sealed.size(); i++) {
            texts.add(Sealing.openAsOrganisation(sealed.get(i), contexts.get(i), keyset));
        }
        opened.fire(new SealedItemOpened(actor, item));
        return texts;
    }

    /**
     * Opens a sealed item with the extra key it was sealed to (e.g. the person's receipt-code key);
     * not audited: the holder of that key is the item's own author.
     */
    public String openWithKey(Sealed sealed, String context, byte[] extraKey) throws GeneralSecurityException {
        return Sealing.openWithExtraKey(sealed, context, extraKey);
    }

    /** The holders (by holder id) that hold the keyset. */
    private Set<Long> holding() {
        return em.createNamedQuery(KeyWrapper.HOLDERS, Long.class).getResultStream().collect(Collectors.toSet());
    }

    private Optional<OrganisationKey> current() {
        return em.createNamedQuery(OrganisationKey.CURRENT, OrganisationKey.class).setMaxResults(1).getResultStream()
                .findFirst();
    }

    private Optional<KeyHolder> holderOf(long staffId) {
        return em.createNamedQuery(KeyHolder.OF_STAFF, KeyHolder.class).setParameter("staff", staffId)
                .getResultStream().findFirst();
    }

    private Optional<KeyHolder> recoveryHolder() {
        return em.createNamedQuery(KeyHolder.RECOVERY, KeyHolder.class).setMaxResults(1).getResultStream()
                .findFirst();
    }

    private Optional<KeyWrapper> wrapperOf(long holderId) {
        return em.createNamedQuery(KeyWrapper.OF_HOLDER, KeyWrapper.class).setParameter("holder", holderId)
                .getResultStream().findFirst();
    }

    /** The organisation's keyset the key holds (opened from its wrapper again when a newer one was given). */
    private KeysetHandle keyset(UnlockedKey key) throws GeneralSecurityException {
        KeyWrapper wrapper = wrapperOf(key.holderId)
                .orElseThrow(() -> new GeneralSecurityException("This holder has no organisation key"));
        KeysetHandle keyset = key.keyset;
        if (keyset == null || key.wrapperId != wrapper.getId()) {
            keyset = Sealing.openKeyset(wrapper.getWrapped(), key.holderPrivate, wrapperContext(key.holderId));
            key.keyset = keyset;
            key.wrapperId = wrapper.getId();
        }
        return keyset;
    }

    /** The keyset, checked to be the newest generation (what may be given on or renewed). */
    private KeysetHandle newest(UnlockedKey key) throws GeneralSecurityException {
        KeysetHandle keyset = keyset(key);
        OrganisationKey newest = current().orElseThrow(() -> new GeneralSecurityException("No organisation key"));
        if (!pinned(newest) || !Sealing.samePrimary(keyset, newest.getPublicKeyset())) {
            throw new GeneralSecurityException("The session's organisation key is not the newest pinned one");
        }
        return keyset;
    }

    private OrganisationKey newGeneration(KeysetHandle keyset) throws GeneralSecurityException {
        OrganisationKey generation = new OrganisationKey(Sealing.publicPart(keyset), clock.instant());
        em.persist(generation);
        em.flush();
        generation.pinned(KeyPins.pin(installationKeys.pinKey(), ORGANISATION, generation.getId(),
                generation.getPublicKeyset()));
        return generation;
    }

    private KeyHolder newHolder(Long staffId, boolean bootstrap, byte[] holderSecret) throws GeneralSecurityException {
        KeysetHandle pair = Sealing.newHolderKey();
        byte[] publicPart = Sealing.publicPart(pair);
        byte[] privateWrapped = Sealing.wrap(pair, holderSecret);
        KeyHolder holder = bootstrap
                ? KeyHolder.forBootstrap(publicPart, privateWrapped, clock.instant())
                : new KeyHolder(staffId, publicPart, privateWrapped, clock.instant());
        em.persist(holder);
        em.flush();
        holder.pinned(KeyPins.pin(installationKeys.pinKey(), use(holder), holder.getId(), holder.getPublicKeyset()));
        return holder;
    }

    /** Seals the keyset to a holder's pinned public key, replacing what the holder had. */
    private void give(KeysetHandle keyset, OrganisationKey generation, KeyHolder holder)
            throws GeneralSecurityException {
        if (!KeyPins.holds(installationKeys.pinKey(), holder.getPin(), use(holder), holder.getId(),
                holder.getPublicKeyset())) {
            throw new GeneralSecurityException("A holder's public key is not the one pinned: nothing given");
        }
        em.createNamedQuery(KeyWrapper.DELETE_OF_HOLDER).setParameter("holder", holder.getId()).executeUpdate();
        em.persist(new KeyWrapper(holder.getId(), generation.getId(), Sealing.sealKeyset(keyset,
                Sealing.readPublic(holder.getPublicKeyset()), wrapperContext(holder.getId())), clock.instant()));
        em.flush();
    }

    private void remove(KeyHolder holder) {
        em.createNamedQuery(KeyWrapper.DELETE_OF_HOLDER).setParameter("holder", holder.getId()).executeUpdate();
        em.remove(holder);
        em.flush();
    }

    private boolean pinned(OrganisationKey key) {
        return KeyPins.holds(installationKeys.pinKey(), key.getPin(), ORGANISATION, key.getId(),
                key.getPublicKeyset());
    }

    private static String use(KeyHolder holder) {
        if (holder.isBootstrap()) {
            return BOOTSTRAP;
        }
        return holder.getStaffId() == null ? RECOVERY : "staff:" + holder.getStaffId();
    }

    /** The keyset given to the first staff member and to a new recovery key; returns the recovery key. */
    private byte[] giveToFirst(KeysetHandle keyset, OrganisationKey generation, long staffId, byte[] staffKey)
            throws GeneralSecurityException {
        give(keyset, generation, newHolder(staffId, false, staffKey));
        byte[] recoveryKey = Sealing.newKey();
        give(keyset, generation, newHolder(null, false, recoveryKey));
        return recoveryKey;
    }

    /** The keyset a bootstrap holder (with its pin holding) holds for this token; empty when none opens with it. */
    private Optional<KeysetHandle> bootstrapKeyset(String typedToken) {
        Optional<String> token = canonical(typedToken);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        byte[] key;
        try {
            key = Sealing.keyFromToken(token.get(), BOOTSTRAP);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not derive the bootstrap key", failure);
        }
        for (KeyHolder holder : em.createNamedQuery(KeyHolder.BOOTSTRAP, KeyHolder.class).getResultList()) {
            if (!KeyPins.holds(installationKeys.pinKey(), holder.getPin(), use(holder), holder.getId(),
                    holder.getPublicKeyset())) {
                continue;
            }
            Optional<KeyWrapper> wrapper = wrapperOf(holder.getId());
            try {
                KeysetHandle holderPrivate = Sealing.unwrap(holder.getPrivateWrapped(), key);
                if (wrapper.isPresent()) {
                    return Optional.of(Sealing.openKeyset(wrapper.get().getWrapped(), holderPrivate,
                            wrapperContext(holder.getId())));
                }
            } catch (GeneralSecurityException notThisOne) {
                // another token's holder
            }
        }
        return Optional.empty();
    }

    /**
     * The pinned generation whose public keyset is exactly this keyset's (so a keyset written into the
     * database in place of a bootstrap holder's is never taken over); empty when there is none.
     */
    private Optional<OrganisationKey> generationOf(KeysetHandle keyset) throws GeneralSecurityException {
        byte[] publicPart = Sealing.publicPart(keyset);
        return em.createNamedQuery(OrganisationKey.CURRENT, OrganisationKey.class).getResultStream()
                .filter(generation -> java.util.Arrays.equals(publicPart, generation.getPublicKeyset()))
                .filter(this::pinned).findFirst();
    }

    private static Optional<String> canonical(String typedToken) {
        String canonical = SecretCodes.normalize(typedToken);
        return canonical == null || canonical.isEmpty() ? Optional.empty() : Optional.of(canonical);
    }

    private static String wrapperContext(long holderId) {
        return "xenia organisation keyset for holder " + holderId;
    }

    private static Optional<UnlockedKey> unwrap(Optional<KeyHolder> holder, byte[] holderSecret) {
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UnlockedKey(holder.get().getId(),
                    Sealing.unwrap(holder.get().getPrivateWrapped(), holderSecret)));
        } catch (GeneralSecurityException wrongKey) {
            return Optional.empty();
        }
    }
}
