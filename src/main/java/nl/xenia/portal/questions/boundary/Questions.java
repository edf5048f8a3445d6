package nl.xenia.portal.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.GuessLimited;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.RateLimits;
import nl.xenia.portal.privacy.boundary.ReceiptHolder;
import nl.xenia.portal.privacy.boundary.Receipts;
import nl.xenia.portal.privacy.boundary.Sealed;
import nl.xenia.portal.privacy.boundary.TypedText;
import nl.xenia.portal.questions.control.ThreadRemoval;
import nl.xenia.portal.questions.entity.QuestionMessage;
import nl.xenia.portal.questions.entity.QuestionThread;
import nl.xenia.portal.questions.entity.Topic;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Anonymous questions, the person's side: ask (the receipt code is returned once and kept nowhere;
 * staff who asked for it get a mail without content), read the thread and reply with the code,
 * delete it all. Every text is sealed before it is stored;
 * what the database keeps cannot be read without a staff session or the code. The limits are applied
 * here, for every caller: asking is limited per client and for everyone
 * ({@code xenia.questions.limit.*}), and codes are guessed under the guess limits of {@link Receipts#held} (a client in a
 * pause is answered at once with {@link QuestionException.Problem#WAIT}, never kept waiting).
 */
@ApplicationScoped
public class Questions implements ReceiptHolder {

    /** The longest question or reply. */
    public static final int MAX_TEXT = 4000;

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Receipts receipts;

    @Inject
    OrganisationKeys keys;

    @Inject
    ThreadRemoval removal;

    @Inject
    jakarta.enterprise.event.Event<QuestionReceived> received;

    @Inject
    Notifications notifications;

    @Inject
    RateLimits rates;

    @Inject
    @ConfigProperty(name = "xenia.questions.retention", defaultValue = "P90D")
    Duration retention;

    /** Questions one client may ask within the window. */
    @Inject
    @ConfigProperty(name = "xenia.questions.limit.per-client", defaultValue = "5")
    int askPerClient;

    /** Questions all clients together may ask within the window. */
    @Inject
    @ConfigProperty(name = "xenia.questions.limit.everyone", defaultValue = "200")
    int askEveryone;

    @Inject
    @ConfigProperty(name = "xenia.questions.limit.window", defaultValue = "PT10M")
    Duration askWindow;

    /** What the person reads: the thread's language and its messages (never internal notes). */
    public record PersonThread(String language, Topic topic, List<PersonMessage> messages) {
    }

    /** One message as the person reads it. */
    public record PersonMessage(boolean fromPerson, String text, Instant at) {
    }

    /** Whether questions can be asked: the organisation's key exists (made when the first admin signs up). */
    public boolean isOpen() {
        return keys.exists();
    }

    /** How many days a thread is kept after its last message. */
    public long retentionDays() {
        return retention.toDays();
    }

    /**
     * A new question; returns its receipt code, to show once. The form token (one per rendered form)
     * makes a form posted twice one question: the second time DUPLICATE.
     */
    @Transactional
    public String ask(Client client, Topic topic, String language, Long municipalityId, String text, String contact,
            String formToken) {
        String question = checkedText(text);
        String address = contact == null ? "" : contact.strip();
        if (!address.isEmpty() && !Notifications.isAddress(address)) {
            throw new QuestionException(QuestionException.Problem.MAIL);
        }
        String formHash = TypedText.formHash(formToken);
        if (!em.createNamedQuery(QuestionThread.BY_FORM, QuestionThread.class).setParameter("hash", formHash)
                .getResultList().isEmpty()) {
            throw new QuestionException(QuestionException.Problem.DUPLICATE);
        }
        if (!rates.take(new RateLimits.Limit("ask", askPerClient, askEveryone, askWindow), client)) {
            throw new QuestionException(QuestionException.Problem.LIMIT);
        }
        Receipts.Receipt receipt = receipts.issue();
        Instant now = clock.instant();
        QuestionThread thread = new QuestionThread(receipt.lookupHash(), formHash,
                topic == null ? Topic.OTHER : topic, language, municipalityId, now);
        em.persist(thread);
        em.flush();
        Sealed personKey = keys.seal(Base64.getEncoder().encodeToString(receipt.personKey()),
                keyContext(thread), Optional.empty());
        thread.keepPersonKey(personKey.ciphertext(), personKey.forOrganisation());
        if (!address.isEmpty()) {
            Sealed sealedContact = keys.seal(address, contactContext(thread), Optional.empty());
            thread.keepContact(sealedContact.ciphertext(), sealedContact.forOrganisation());
        }
        addPersonMessage(thread, question, receipt.personKey(), now);
        received.fire(new QuestionReceived(thread.getId(), thread.getLanguage(), thread.getTopic().name()));
        return receipt.code();
    }

    /**
     * The thread of a code as typed, as the person reads it; empty for a code that opens nothing.
     *
     * @throws QuestionException WAIT or REFUSED when the client has guessed wrong too often
     */
    @Transactional
    public Optional<PersonThread> read(Client client, String typedCode) {
        return find(client, typedCode).map(found -> {
            List<PersonMessage> messages = new ArrayList<>();
            for (QuestionMessage message : em.createNamedQuery(QuestionMessage.OF_THREAD, QuestionMessage.class)
                    .setParameter("thread", found.thread().getId()).getResultList()) {
                if (message.getForPerson() == null) {
                    continue; // an internal note
                }
                messages.add(new PersonMessage(message.getAuthor() == QuestionMessage.Author.PERSON,
                        open(found, message), message.getCreatedAt()));
            }
            return new PersonThread(found.thread().getLanguage(), found.thread().getTopic(), messages);
        });
    }

    /** The person replies; false for a code that opens nothing. */
    @Transactional
    public boolean reply(Client client, String typedCode, String text) {
        String reply = checkedText(text);
        Optional<Found> found = find(client, typedCode);
        found.ifPresent(it -> {
            Instant now = clock.instant();
            addPersonMessage(it.thread(), reply, it.personKey(), now);
            it.thread().personWrote(now);
        });
        return found.isPresent();
    }

    /**
     * The person deletes the thread and every message now (monitoring keeps a count without content);
     * false for a code that opens nothing.
     */
    @Transactional
    public boolean delete(Client client, String typedCode) {
        Optional<Found> found = find(client, typedCode);
        found.ifPresent(it -> removal.remove(it.thread()));
        return found.isPresent();
    }

    private record Found(QuestionThread thread, byte[] personKey) {
    }

    /**
     * Every way in by a code passes {@link Receipts#held} (the guess limit first, a code no component knows counted);
     * empty also for a code that holds only other things (appointments).
     */
    private Optional<Found> find(Client client, String typedCode) {
        try {
            return receipts.held(client, typedCode)
                    .flatMap(opened -> em.createNamedQuery(QuestionThread.BY_CODE, QuestionThread.class)
                            .setParameter("hash", opened.lookupHash()).getResultStream().findFirst()
                            .map(thread -> new Found(thread, opened.personKey())));
        } catch (GuessLimited limited) {
            throw new QuestionException(
                    limited.isRefused() ? QuestionException.Problem.REFUSED : QuestionException.Problem.WAIT);
        }
    }

    /** Whether a thread is kept under this code's lookup hash. */
    @Override
    @Transactional(TxType.SUPPORTS)
    public boolean holds(String lookupHash) {
        return !em.createNamedQuery(QuestionThread.BY_CODE, QuestionThread.class).setParameter("hash", lookupHash)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private void addPersonMessage(QuestionThread thread, String text, byte[] personKey, Instant now) {
        addMessage(em, keys, new QuestionMessage(thread.getId(), QuestionMessage.Author.PERSON, null, now), text,
                Optional.of(personKey));
    }

    /** Stores a message, then seals its text bound to the message's own id and author. */
    static void addMessage(EntityManager em, OrganisationKeys keys, QuestionMessage message, String text,
            Optional<byte[]> personKey) {
        em.persist(message);
        em.flush();
        Sealed sealed = keys.seal(text, message.sealContext(), personKey);
        message.sealed(sealed.ciphertext(), sealed.forOrganisation(), sealed.forExtraKey());
    }

    private String open(Found found, QuestionMessage message) {
        try {
            return keys.openWithKey(new Sealed(message.getCiphertext(), message.getForOrganisation(),
                    message.getForPerson()), message.sealContext(), found.personKey());
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException("A message of a thread did not open with its code", unreadable);
        }
    }

    /** What the audit log names when staff open a thread. */
    static String threadItem(QuestionThread thread) {
        return "question:" + thread.getId();
    }

    static String keyContext(QuestionThread thread) {
        return "question-key:" + thread.getId();
    }

    static String contactContext(QuestionThread thread) {
        return "question-contact:" + thread.getId();
    }

    static String checkedText(String text) {
        String clean = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (clean.isEmpty()) {
            throw new QuestionException(QuestionException.Problem.EMPTY);
        }
        if (clean.codePointCount(0, clean.length()) > MAX_TEXT) {
            throw new QuestionException(QuestionException.Problem.LONG);
        }
        if (!TypedText.storable(clean, true)) {
            throw new QuestionException(QuestionException.Problem.CHARACTERS);
        }
        return clean;
    }
}
