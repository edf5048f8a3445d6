package nl.xenia.portal.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import nl.xenia.portal.privacy.control.GuessThrottle;
import nl.xenia.portal.privacy.control.ReceiptKeys;

/**
 * Receipt codes for anonymous people: a new code with what the database may keep of it (a keyed
 * lookup hash) and the person's key; and, for a code as typed, the same two again. The lookup key
 * comes from {@code xenia.receipt.key} (base64, 32 bytes; set it in production, outside the
 * database) or, when unset, from a random key this installation makes once and keeps in its database.
 */
@ApplicationScoped
public class Receipts {

    /** A new receipt: the code to show once, its lookup hash and the person's key (neither kept with the code). */
    public record Receipt(String code, String lookupHash, byte[] personKey) {
    }

    /** What a typed code opens: the thread's lookup hash and the person's key. */
    public record Opened(String lookupHash, byte[] personKey) {
    }

    @Inject
    InstallationKeys installationKeys;

    @Inject
    GuessLimits guesses;

    @Inject
    @Any
    Instance<ReceiptHolder> holders;

    @Transactional(TxType.REQUIRED)
    public Receipt issue() {
        String code = ReceiptKeys.newCode();
        String canonical = ReceiptKeys.canonical(code);
        return new Receipt(code, ReceiptKeys.lookupHash(lookupKey(), canonical), ReceiptKeys.personKey(canonical));
    }

    /** The hash and key for a code as typed (spaces, dashes, case, look-alikes forgiven); empty if it cannot be a code. */
    @Transactional(TxType.REQUIRED)
    public Optional<Opened> open(String typed) {
        String canonical = ReceiptKeys.canonical(typed);
        return canonical == null
                ? Optional.empty()
                : Optional.of(
                        new Opened(ReceiptKeys.lookupHash(lookupKey(), canonical), ReceiptKeys.personKey(canonical)));
    }

    /**
     * The hash and key of a code as typed that some component keeps something under: every way in by a code passes
     * here. The guess limit is asked first; a code that no {@link ReceiptHolder} knows is counted as a wrong guess.
     *
     * @throws GuessLimited when the client must wait or is refused (nothing was tried)
     */
    @Transactional(TxType.REQUIRED)
    public Optional<Opened> held(Client client, String typed) {
        GuessThrottle.Verdict verdict = guesses.verdict(client);
        if (verdict != GuessThrottle.Verdict.GO) {
            throw new GuessLimited(verdict == GuessThrottle.Verdict.REFUSE);
        }
        Optional<Opened> opened = typed == null ? Optional.empty() : open(typed);
        Optional<Opened> found = opened.filter(
                it -> holders.stream().anyMatch(holder -> holder.holds(it.lookupHash())));
        if (found.isEmpty()) {
            guesses.wrong(client);
        }
        return found;
    }

    /**
     * Whether anything is still kept under a code that {@link #held} opened earlier in this request (after one of its
     * things was deleted); not a guess, so nothing is counted.
     */
    @Transactional(TxType.REQUIRED)
    public boolean stillHeld(Opened opened) {
        return holders.stream().anyMatch(holder -> holder.holds(opened.lookupHash()));
    }

    private byte[] lookupKey() {
        return installationKeys.receiptLookupKey();
    }
}
