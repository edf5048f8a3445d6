package nl.xenia.portal.consultations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.consultations.boundary.ConsultationException.Problem;
import nl.xenia.portal.consultations.control.AnswerWriter;
import nl.xenia.portal.consultations.control.Sealing;
import nl.xenia.portal.consultations.entity.Consultation;
import nl.xenia.portal.consultations.entity.ConsultationOption;
import nl.xenia.portal.consultations.entity.ConsultationQuestion;
import nl.xenia.portal.consultations.entity.ConsultationSession;
import nl.xenia.portal.consultations.entity.ConsultationText;
import nl.xenia.portal.consultations.entity.MemberKey;
import nl.xenia.portal.consultations.entity.Participation;
import nl.xenia.portal.consultations.entity.QuestionKind;
import nl.xenia.portal.consultations.entity.QuestionText;
import nl.xenia.portal.consultations.entity.Response;
import nl.xenia.portal.consultations.entity.SessionSignup;
import nl.xenia.portal.info.boundary.Markdown;
import nl.xenia.portal.localization.boundary.TextLanguages;
import nl.xenia.portal.members.boundary.MemberDirectory;
import nl.xenia.portal.members.boundary.SignedInMember;
import nl.xenia.portal.privacy.boundary.TypedText;

/**
 * What members do with consultations: see the published ones, answer (a draft first, then sent; under the pseudonym
 * changed until the close, anonymously once and unlinkably), sign up for sessions, read the outcome. Also the public
 * version of an outcome that staff switched on. Every method checks that the member's account still exists.
 *
 * <p>
 * An anonymous response waits, encrypted under a key outside the database, in a row of its own until the close writes
 * it without the member ({@link AnswerWriter#close}); that the member answered is recorded apart, without time. An
 * answer under the pseudonym is counted at once and replaced when changed.
 */
@ApplicationScoped
public class Consultations {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MemberDirectory members;

    @Inject
    Sealing sealing;

    @Inject
    AnswerWriter writer;

    @Inject
    ConsultationClosing closing;

    /** Published consultations (upcoming, open, closed), the open ones first. */
    @Transactional(TxType.REQUIRED)
    public List<MemberViews.Listed> forMember(SignedInMember member, String language) {
        requireMember(member);
        closing.closeDue();
        Instant now = clock.instant();
        List<Consultation> published = em.createNamedQuery(Consultation.PUBLISHED, Consultation.class)
                .getResultList();
        Set<Long> answered = new java.util.HashSet<>();
        for (Consultation consultation : published) {
            if (em.find(Participation.class, new MemberKey(consultation.getId(), member.id())) != null) {
                answered.add(consultation.getId());
            }
        }
        return published.stream().map(c -> listed(c, language, now, answered.contains(c.getId())))
                .sorted(Comparator.comparing((MemberViews.Listed l) -> l.stage() != ConsultationStage.OPEN))
                .toList();
    }

    /** One published consultation with the member's draft or sent answers. GONE for anything else. */
    @Transactional(TxType.REQUIRED)
    public MemberViews.Page page(SignedInMember member, long id, String language) {
        requireMember(member);
        closing.closeDue();
        Consultation consultation = published(id);
        Instant now = clock.instant();
        String shown = TextLanguages.languageFor(consultation.getTexts(), language).orElse(language);
        ConsultationText text = consultation.getTexts().get(shown);
        Response response = em.find(Response.class, new MemberKey(id, member.id()));
        boolean sent = em.find(Participation.class, new MemberKey(id, member.id())) != null;
        Answers answers = response == null ? Answers.none() : sealing.openResponse(response);
        boolean open = consultation.isOpenAt(now);
        boolean mayChange = open && (!sent || !consultation.isAnonymous());
        return new MemberViews.Page(id, shown, !shown.equals(language), text == null ? "" : text.getTitle(),
                text == null ? "" : Markdown.toSafeHtml(text.getBackground()), consultation.isAnonymous(),
                consultation.getOpensAt(), consultation.getClosesAt(), stage(consultation, now),
                questions(id, language), answers, sent, mayChange, sessions(id, member.id()),
                consultation.isOutcomePublished());
    }

    /** Keeps a draft (nothing is checked but lengths and choices); not for a sent anonymous response. */
    @Transactional(TxType.REQUIRED)
    public void saveDraft(SignedInMember member, long id, Answers answers) {
        requireMember(member);
        Consultation consultation = openForAnswers(id);
        Answers clean = checked(id, answers, false);
        boolean sent = em.find(Participation.class, new MemberKey(id, member.id())) != null;
        if (sent && consultation.isAnonymous()) {
            throw new ConsultationException(Problem.SENT);
        }
        keep(id, member.id(), clean, false);
    }

    /** Sends the answers (required ones checked): anonymous ones once; under the pseudonym again until the close. */
    @Transactional(TxType.REQUIRED)
    public void send(SignedInMember member, long id, Answers answers) {
        requireMember(member);
        Consultation consultation = openForAnswers(id);
        Answers clean = checked(id, answers, true);
        MemberKey key = new MemberKey(id, member.id());
        boolean sent = em.find(Participation.class, key) != null;
        if (sent && consultation.isAnonymous()) {
            throw new ConsultationException(Problem.SENT);
        }
        if (!sent) {
            em.persist(new Participation(id, member.id()));
        }
        keep(id, member.id(), clean, true);
        if (!consultation.isAnonymous()) {
            // under the pseudonym it is counted at once; an anonymous one waits for the close
            writer.replace(id, member.id(), clean);
        }
    }

    /** Signs up for a session of a published consultation, or withdraws ({@code coming} false). */
    @Transactional(TxType.REQUIRED)
    public void signUp(SignedInMember member, long sessionId, boolean coming) {
        requireMember(member);
        ConsultationSession session = em.find(ConsultationSession.class, sessionId);
        if (session == null) {
            throw new ConsultationException(Problem.GONE);
        }
        published(session.getConsultationId());
        if (!session.getStartsAt().isAfter(clock.instant())) {
            throw new ConsultationException(Problem.SESSION_PAST);
        }
        SessionSignup signup = em.find(SessionSignup.class, new MemberKey(sessionId, member.id()));
        if (coming && signup == null) {
            em.persist(new SessionSignup(sessionId, member.id()));
        } else if (!coming && signup != null) {
            em.remove(signup);
        }
    }

    /** The published outcome, for a member. GONE when there is none. */
    @Transactional(TxType.SUPPORTS)
    public MemberViews.Outcome outcome(SignedInMember member, long id, String language) {
        requireMember(member);
        Consultation consultation = published(id);
        if (!consultation.isOutcomePublished()) {
            throw new ConsultationException(Problem.GONE);
        }
        return outcome(consultation, language);
    }

    /** Outcomes that staff made public, newest first, for anyone. */
    @Transactional(TxType.SUPPORTS)
    public List<MemberViews.Listed> publicOutcomes(String language) {
        Instant now = clock.instant();
        return em.createNamedQuery(Consultation.PUBLIC_OUTCOMES, Consultation.class).getResultList().stream()
                .map(c -> listed(c, language, now, false)).toList();
    }

    /** One outcome that staff made public, for anyone. */
    @Transactional(TxType.SUPPORTS)
    public Optional<MemberViews.Outcome> publicOutcome(long id, String language) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null || !consultation.isOutcomePublished() || !consultation.isOutcomePublic()) {
            return Optional.empty();
        }
        return Optional.of(outcome(consultation, language));
    }

    static ConsultationStage stage(Consultation consultation, Instant now) {
        if (consultation.hasEndedAt(now)) {
            return ConsultationStage.CLOSED;
        }
        return now.isBefore(consultation.getOpensAt()) ? ConsultationStage.UPCOMING : ConsultationStage.OPEN;
    }

    private void keep(long id, long memberId, Answers answers, boolean sent) {
        byte[] content = sealing.lockResponse(id, memberId, answers);
        Response response = em.find(Response.class, new MemberKey(id, memberId));
        if (response == null) {
            response = new Response(id, memberId, content);
            response.keep(content, sent);
            em.persist(response);
        } else {
            response.keep(content, sent);
        }
    }

    private MemberViews.Listed listed(Consultation consultation, String language, Instant now, boolean sent) {
        ConsultationText text = TextLanguages.pick(consultation.getTexts(), language);
        return new MemberViews.Listed(consultation.getId(), text == null ? "" : text.getTitle(),
                consultation.isAnonymous(), consultation.getOpensAt(), consultation.getClosesAt(),
                stage(consultation, now), sent, consultation.isOutcomePublished());
    }

    private MemberViews.Outcome outcome(Consultation consultation, String language) {
        Map<String, ConsultationText> withOutcome = new HashMap<>();
        consultation.getTexts().forEach((lang, text) -> {
            if (text.getOutcomeSaid() != null && !text.getOutcomeSaid().isBlank()) {
                withOutcome.put(lang, text);
            }
        });
        String shown = TextLanguages.languageFor(withOutcome, language)
                .orElseThrow(() -> new ConsultationException(Problem.GONE));
        ConsultationText text = withOutcome.get(shown);
        ConsultationText titled = TextLanguages.pick(consultation.getTexts(), language);
        return new MemberViews.Outcome(consultation.getId(), shown, !shown.equals(language), titled.getTitle(),
                Markdown.toSafeHtml(text.getOutcomeSaid()), Markdown.toSafeHtml(text.getOutcomeDid()),
                Markdown.toSafeHtml(text.getOutcomeNotDid()));
    }

    private List<MemberViews.Question> questions(long consultationId, String language) {
        List<ConsultationQuestion> questions = em.createNamedQuery(ConsultationQuestion.OF, ConsultationQuestion.class)
                .setParameter("consultation", consultationId).getResultList();
        Map<Long, List<MemberViews.Option>> options = new HashMap<>();
        if (!questions.isEmpty()) {
            em.createNamedQuery(ConsultationOption.OF, ConsultationOption.class)
                    .setParameter("questions", questions.stream().map(ConsultationQuestion::getId).toList())
                    .getResultList()
                    .forEach(option -> options.computeIfAbsent(option.getQuestionId(), q -> new ArrayList<>())
                            .add(new MemberViews.Option(option.getId(),
                                    Optional.ofNullable(TextLanguages.pick(option.getLabels(), language)).orElse(""))));
        }
        return questions.stream().map(question -> {
            QuestionText text = TextLanguages.pick(question.getTexts(), language);
            return new MemberViews.Question(question.getId(), question.getKind(), question.isRequired(),
                    text == null ? "" : text.getText(), text == null ? null : text.getScaleLow(),
                    text == null ? null : text.getScaleHigh(), options.getOrDefault(question.getId(), List.of()));
        }).toList();
    }

    private List<MemberViews.Session> sessions(long consultationId, long memberId) {
        return em.createNamedQuery(ConsultationSession.OF, ConsultationSession.class)
                .setParameter("consultation", consultationId).getResultList().stream()
                .map(session -> new MemberViews.Session(session.getId(), session.getStartsAt(), session.getEndsAt(),
                        session.isOnline(), sealing.openPlace(session),
                        em.find(SessionSignup.class, new MemberKey(session.getId(), memberId)) != null))
                .toList();
    }

    /**
     * The answers cleaned and checked against the questions: only questions of this consultation, choices it offers
     * (at most one for ONE), a scale 1–5, open texts stripped, storable and not too long; when sending, every required
     * question answered.
     */
    private Answers checked(long consultationId, Answers answers, boolean sending) {
        List<ConsultationQuestion> questions = em.createNamedQuery(ConsultationQuestion.OF, ConsultationQuestion.class)
                .setParameter("consultation", consultationId).getResultList();
        Map<Long, Set<Long>> offered = new HashMap<>();
        if (!questions.isEmpty()) {
            em.createNamedQuery(ConsultationOption.OF, ConsultationOption.class)
                    .setParameter("questions", questions.stream().map(ConsultationQuestion::getId).toList())
                    .getResultList().forEach(option -> offered
                            .computeIfAbsent(option.getQuestionId(), q -> new LinkedHashSet<>()).add(option.getId()));
        }
        Map<Long, Answers.Answer> clean = new LinkedHashMap<>();
        Map<Long, Answers.Answer> given = answers == null || answers.byQuestion() == null
                ? Map.of()
                : answers.byQuestion();
        for (ConsultationQuestion question : questions) {
            Answers.Answer answer = given.get(question.getId());
            Answers.Answer kept = answer == null ? null : cleaned(question, answer, offered);
            if (kept != null) {
                clean.put(question.getId(), kept);
            } else if (sending && question.isRequired()) {
                throw new ConsultationException(Problem.REQUIRED, question.getId());
            }
        }
        return new Answers(clean);
    }

    private static Answers.Answer cleaned(ConsultationQuestion question, Answers.Answer answer,
            Map<Long, Set<Long>> offered) {
        long id = question.getId();
        QuestionKind kind = question.getKind();
        switch (kind) {
            case OPEN -> {
                String text = answer.text() == null
                        ? ""
                        : Normalizer.normalize(answer.text().strip(),
                                Normalizer.Form.NFC);
                if (text.isEmpty()) {
                    return null;
                }
                if (text.codePointCount(0, text.length()) > nl.xenia.portal.consultations.entity.Answer.MAX_TEXT) {
                    throw new ConsultationException(Problem.LONG, id);
                }
                if (!TypedText.storable(text, true)) {
                    throw new ConsultationException(Problem.CHARACTERS, id);
                }
                return new Answers.Answer(Set.of(), null, text);
            }
            case SCALE -> {
                if (answer.scale() == null) {
                    return null;
                }
                if (answer.scale() < 1 || answer.scale() > 5) {
                    throw new ConsultationException(Problem.CHOICE, id);
                }
                return new Answers.Answer(Set.of(), answer.scale(), null);
            }
            default -> {
                Set<Long> chosen = answer.options() == null ? Set.of() : answer.options();
                if (chosen.isEmpty()) {
                    return null;
                }
                if (!offered.getOrDefault(id, Set.of()).containsAll(chosen)
                        || kind == QuestionKind.ONE && chosen.size() > 1) {
                    throw new ConsultationException(Problem.CHOICE, id);
                }
                return new Answers.Answer(new LinkedHashSet<>(chosen), null, null);
            }
        }
    }

    private Consultation published(long id) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null || !consultation.isPublished()) {
            throw new ConsultationException(Problem.GONE);
        }
        return consultation;
    }

    /** The consultation, locked for this answer (the close waits for it, and it for the close), if it is open. */
    private Consultation openForAnswers(long id) {
        Consultation consultation = em.find(Consultation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (consultation == null || !consultation.isPublished()) {
            throw new ConsultationException(Problem.GONE);
        }
        Instant now = clock.instant();
        if (consultation.hasEndedAt(now)) {
            throw new ConsultationException(Problem.CLOSED);
        }
        if (now.isBefore(consultation.getOpensAt())) {
            throw new ConsultationException(Problem.NOT_OPEN);
        }
        return consultation;
    }

    private void requireMember(SignedInMember member) {
        if (member == null || !members.exists(member.id())) {
            throw new ConsultationException(Problem.MEMBER_GONE);
        }
    }
}
