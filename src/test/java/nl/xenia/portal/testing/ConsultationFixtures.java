package nl.xenia.portal.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.xenia.portal.consultations.boundary.ConsultationDesk;
import nl.xenia.portal.consultations.boundary.StaffViews;
import nl.xenia.portal.consultations.entity.QuestionKind;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;

/**
 * For in-container tests of consultations: a published consultation with one question of each kind and a session,
 * written through the office's own facade ({@link ConsultationDesk}) as the {@link Office} fixture's first admin (call
 * {@code Office.admin()} from a {@code @RunAsClient} method first), committed so that the running portal's pages see
 * it; then closing it and publishing its outcome (to members, or also to the public), and its removal with everything
 * said of it. Give each test its own label (e.g. from {@link Leaks#marker}) so it finds its own consultation on the
 * pages; nothing in it is personal.
 */
@ApplicationScoped
public class ConsultationFixtures {

    /** The portal's public languages: a fixture's texts are in each, ending in the language's code. */
    public static final List<String> LANGUAGES = List.of("nl", "en", "ro", "bg", "es");

    /**
     * What a fixture made: the consultation's id and title (in English; other languages end in their code, see
     * {@link #title}), its questions' ids by kind, and its session's id.
     */
    public record Made(long id, String label, Map<QuestionKind, Long> questions, long session) {

        /** The title in a language as the fixture wrote it: "Consultation {label} {language}". */
        public String title(String language) {
            return ConsultationFixtures.title(label, language);
        }

        /** The id of the question of a kind. */
        public long question(QuestionKind kind) {
            return questions.get(kind);
        }
    }

    @jakarta.persistence.PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    ConsultationDesk desk;

    @Inject
    OrganisationKeys keys;

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    /** The title a fixture gives a consultation in a language. */
    public static String title(String label, String language) {
        return "Consultation " + label + " " + language;
    }

    /** The text of a question of a kind in a language (Romanian in Romanian, else English with the code). */
    public static String question(QuestionKind kind, String language) {
        boolean ro = "ro".equals(language);
        String text = switch (kind) {
            case OPEN -> ro ? "Ce ar trebui să schimbăm?" : "What should we change?";
            case ONE -> ro ? "Biroul este deschis la orele potrivite?" : "Is the office open at the right times?";
            case SEVERAL -> ro ? "Când ai putea veni?" : "When could you come?";
            case SCALE -> ro ? "Cât de în siguranță te simți la birou?" : "How safe do you feel at the office?";
        };
        return ro ? text : text + " " + language;
    }

    /** The options of a choice question in a language, in order. */
    public static List<String> options(QuestionKind kind, String language) {
        boolean ro = "ro".equals(language);
        List<String> options = kind == QuestionKind.ONE
                ? ro ? List.of("Da", "Nu", "Nu știu") : List.of("Yes", "No", "I do not know")
                : ro ? List.of("Dimineața", "După-amiaza", "Seara") : List.of("Morning", "Afternoon", "Evening");
        return ro ? options : options.stream().map(option -> option + " " + language).toList();
    }

    /** The words at the scale's ends in a language: low, high. */
    public static List<String> scaleWords(String language) {
        return "ro".equals(language)
                ? List.of("Deloc în siguranță", "Foarte în siguranță")
                : List.of("Not safe at all " + language, "Very safe " + language);
    }

    /** The place of a fixture's session. */
    public static String place(String label) {
        return "Place " + label;
    }

    /** The outcome's three parts in a language, as the fixture writes them (Markdown without marks). */
    public static List<String> outcome(String label, String language) {
        return List.of("Said " + label + " " + language, "Did " + label + " " + language,
                "Not did " + label + " " + language);
    }

    /**
     * A consultation open now until in two weeks, anonymous or under the pseudonym, titled "Consultation {label}" in
     * every public language, with the background "About {label}", four questions (open and required; one choice of
     * three and required; several choices of three, not required; a scale, required) and a session in a week's time at
     * 19:00–21:00 at {@link #place}; published; committed.
     */
    @Transactional
    public Made consultation(String label, boolean anonymous) throws SQLException {
        SignedIn admin = admin();
        Instant now = clock.instant();
        Map<String, StaffViews.Texts> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            texts.put(language, new StaffViews.Texts(title(label, language), "About **" + label + "** " + language));
        }
        List<StaffViews.QuestionDraft> questions = List.of(questionDraft(QuestionKind.OPEN, true),
                questionDraft(QuestionKind.ONE, true), questionDraft(QuestionKind.SEVERAL, false),
                questionDraft(QuestionKind.SCALE, true));
        long id = desk.save(admin, new StaffViews.Draft(null, anonymous, now.minus(Duration.ofMinutes(1)),
                now.plus(Duration.ofDays(14)), texts, questions, false, false));
        LocalDate day = now.atZone(Languages.LOCAL_TIME).toLocalDate().plusDays(7);
        Instant start = day.atTime(LocalTime.of(19, 0)).atZone(Languages.LOCAL_TIME).toInstant();
        long session = desk.addSession(admin, id,
                new StaffViews.SessionDraft(start, start.plus(Duration.ofHours(2)), false, place(label)));
        desk.publish(admin, id);
        Map<QuestionKind, Long> ids = new LinkedHashMap<>();
        for (StaffViews.QuestionDraft question : desk.draft(admin, id).questions()) {
            ids.put(question.kind(), question.id());
        }
        return new Made(id, label, ids, session);
    }

    /** Closes a consultation now (anonymous responses are written unlinked); committed. */
    @Transactional
    public void close(long id) throws SQLException {
        desk.closeNow(admin(), id);
    }

    /**
     * Closes the consultation when still open and publishes its outcome ({@link #outcome} in every public language) to
     * members, and to anyone when {@code isPublic}; tells no one by mail; committed.
     */
    @Transactional
    public void publishOutcome(Made made, boolean isPublic) throws SQLException {
        SignedIn admin = admin();
        desk.closeNow(admin, made.id()); // nothing when it closed already
        Map<String, StaffViews.OutcomeTexts> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            List<String> parts = outcome(made.label(), language);
            texts.put(language, new StaffViews.OutcomeTexts(parts.get(0), parts.get(1), parts.get(2)));
        }
        desk.saveOutcome(admin, made.id(), new StaffViews.Outcome(texts, false, isPublic));
        desk.publishOutcome(admin, made.id(), isPublic, false);
    }

    /** Removes a consultation with its texts, questions, sessions, sign-ups, responses and answers; committed. */
    @Transactional
    public void remove(long id) {
        em.createNativeQuery("DELETE FROM consultation WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    private static StaffViews.QuestionDraft questionDraft(QuestionKind kind, boolean required) {
        Map<String, StaffViews.QuestionTexts> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            boolean choice = kind == QuestionKind.ONE || kind == QuestionKind.SEVERAL;
            List<String> words = kind == QuestionKind.SCALE ? scaleWords(language) : List.of();
            texts.put(language,
                    new StaffViews.QuestionTexts(question(kind, language),
                            choice ? options(kind, language) : List.of(), words.isEmpty() ? null : words.get(0),
                            words.isEmpty() ? null : words.get(1)));
        }
        return new StaffViews.QuestionDraft(null, kind, required, texts);
    }

    /** The Office fixture's first admin, signed in with the organisation's key. */
    private SignedIn admin() throws SQLException {
        long id;
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT id FROM staff_account WHERE username = ?")) {
            query.setString(1, Office.ADMIN);
            try (ResultSet found = query.executeQuery()) {
                if (!found.next()) {
                    throw new AssertionError("expected the office fixture's first admin (call Office.admin() first)");
                }
                id = found.getLong(1);
            }
        }
        return new SignedIn(id, Office.ADMIN, Set.of(Role.ADMIN),
                Installation.firstAdminKey(keys, secrets, database));
    }
}
