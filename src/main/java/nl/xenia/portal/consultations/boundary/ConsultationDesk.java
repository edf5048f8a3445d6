package nl.xenia.portal.consultations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.xenia.portal.consultations.boundary.ConsultationException.Problem;
import nl.xenia.portal.consultations.control.AnswerWriter;
import nl.xenia.portal.consultations.control.Sealing;
import nl.xenia.portal.consultations.control.Suppression;
import nl.xenia.portal.consultations.entity.Answer;
import nl.xenia.portal.consultations.entity.AnswerSet;
import nl.xenia.portal.consultations.entity.Consultation;
import nl.xenia.portal.consultations.entity.ConsultationOption;
import nl.xenia.portal.consultations.entity.ConsultationQuestion;
import nl.xenia.portal.consultations.entity.ConsultationSession;
import nl.xenia.portal.consultations.entity.ConsultationText;
import nl.xenia.portal.consultations.entity.Participation;
import nl.xenia.portal.consultations.entity.QuestionKind;
import nl.xenia.portal.consultations.entity.QuestionText;
import nl.xenia.portal.consultations.entity.SessionSignup;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.TextLanguages;
import nl.xenia.portal.members.boundary.MemberDirectory;
import nl.xenia.portal.notification.boundary.MailTemplate;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Sealed;
import nl.xenia.portal.privacy.boundary.TypedText;
import nl.xenia.portal.staff.boundary.AuditAction;
import nl.xenia.portal.staff.boundary.AuditLog;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What staff do with consultations (STAFF, ADMIN and the sounding board's COORDINATOR): write them, open them, close
 * them early, plan sessions and record who came, see the results (groups below five suppressed; anonymous results only
 * after the close; open answers opened with the organisation's key, audited), export them as CSV, and publish the
 * outcome. The participation record for the volunteer fee is for admins only.
 */
@ApplicationScoped
public class ConsultationDesk {

    /** Counts below this are shown as "< 5". */
    public static final int SMALLEST_GROUP = 5;
    /** The subject type of consultations in the audit log. */
    public static final String SUBJECT = "consultation";
    public static final MailTemplate NEW_CONSULTATION = MailTemplate.toReaders("consultation_new");
    public static final MailTemplate OUTCOME_PUBLISHED = MailTemplate.toReaders("consultation_outcome");
    public static final AuditAction CONSULTATION_PUBLISHED = new AuditAction("CONSULTATION_PUBLISHED");
    public static final AuditAction CONSULTATION_CLOSED = new AuditAction("CONSULTATION_CLOSED");
    public static final AuditAction CONSULTATION_DELETED = new AuditAction("CONSULTATION_DELETED");
    public static final AuditAction OUTCOME_PUBLISHED_ACTION = new AuditAction("CONSULTATION_OUTCOME_PUBLISHED");
    public static final AuditAction ATTENDANCE_RECORDED = new AuditAction("CONSULTATION_ATTENDANCE_RECORDED");
    private static final int MAX_PLACE = 300;
    private static final int MAX_QUESTIONS = 50;
    private static final int MAX_OPTIONS = 20;

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Languages languages;

    @Inject
    MemberDirectory members;

    @Inject
    Sealing sealing;

    @Inject
    AnswerWriter writer;

    @Inject
    ConsultationClosing closing;

    @Inject
    OrganisationKeys organisationKeys;

    @Inject
    AuditLog auditLog;

    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public List<StaffViews.Row> list(SignedIn staff, String language) {
        closing.closeDue();
        Instant now = clock.instant();
        List<Consultation> all = em.createNamedQuery(Consultation.ALL, Consultation.class).getResultList();
        Map<Long, Long> answered = new HashMap<>();
        if (!all.isEmpty()) {
            em.createNamedQuery(Participation.COUNTS, Object[].class)
                    .setParameter("consultations", all.stream().map(Consultation::getId).toList()).getResultList()
                    .forEach(row -> answered.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
        return all.stream().map(c -> {
            ConsultationText text = TextLanguages.pick(c.getTexts(), language);
            return new StaffViews.Row(c.getId(), text == null ? "" : text.getTitle(), c.isAnonymous(),
                    c.getOpensAt(), c.getClosesAt(), Consultations.stage(c, now), c.isPublished(),
                    answered.getOrDefault(c.getId(), 0L), c.isOutcomePublished());
        }).toList();
    }

    /** How many published consultations have closed without a published outcome (the dashboard's count). */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public long awaitingOutcome(SignedIn staff) {
        closing.closeDue();
        return em.createNamedQuery(Consultation.AWAITING_OUTCOME, Long.class).setParameter("now", clock.instant())
                .getSingleResult();
    }

    /** A consultation to edit; {@code locked} when someone answered (questions cannot change). */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.SUPPORTS)
    public StaffViews.Draft draft(SignedIn staff, long id) {
        Consultation consultation = found(id);
        Map<String, StaffViews.Texts> texts = new TreeMap<>();
        consultation.getTexts().forEach((language, text) -> texts.put(language,
                new StaffViews.Texts(text.getTitle(), text.getBackground())));
        List<ConsultationQuestion> questions = questionsOf(id);
        Map<Long, List<ConsultationOption>> options = optionsOf(questions);
        List<StaffViews.QuestionDraft> drafts = new ArrayList<>();
        for (ConsultationQuestion question : questions) {
            Map<String, StaffViews.QuestionTexts> byLanguage = new TreeMap<>();
            question.getTexts().forEach((language, text) -> byLanguage.put(language, new StaffViews.QuestionTexts(
                    text.getText(), options.getOrDefault(question.getId(), List.of()).stream()
                            .map(option -> option.getLabels().getOrDefault(language, "")).toList(),
                    text.getScaleLow(), text.getScaleHigh())));
            drafts.add(new StaffViews.QuestionDraft(question.getId(), question.getKind(), question.isRequired(),
                    byLanguage));
        }
        return new StaffViews.Draft(id, consultation.isAnonymous(), consultation.getOpensAt(),
                consultation.getClosesAt(), texts, drafts, consultation.isPublished(), isLocked(id));
    }

    /** Saves a new or changed consultation; returns its id. */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public long save(SignedIn staff, StaffViews.Draft draft) {
        Map<String, ConsultationText> texts = checkedTexts(draft.texts());
        if (draft.opensAt() == null || draft.closesAt() == null || !draft.closesAt().isAfter(draft.opensAt())) {
            throw new ConsultationException(Problem.TIMES);
        }
        Consultation consultation;
        boolean locked;
        if (draft.id() == null) {
            consultation = new Consultation(draft.anonymous(), draft.opensAt(), draft.closesAt(), clock.instant());
            consultation.texts(texts);
            em.persist(consultation);
            em.flush();
            locked = false;
        } else {
            consultation = found(draft.id());
            locked = isLocked(draft.id());
            if (consultation.isClosed()) {
                throw new ConsultationException(Problem.LOCKED);
            }
            consultation.times(draft.opensAt(), draft.closesAt());
            consultation.texts(texts);
            if (!locked) {
                consultation.anonymous(draft.anonymous());
            }
        }
        if (!locked) {
            saveQuestions(consultation.getId(), draft.questions());
        }
        auditLog.record(staff.username(), AuditAction.CONTENT_CHANGED, SUBJECT, consultation.getId());
        return consultation.getId();
    }

    /** Makes a consultation visible to members (and tells those with an address when it opens). */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public void publish(SignedIn staff, long id) {
        Consultation consultation = found(id);
        if (consultation.isPublished()) {
            return;
        }
        if (questionsOf(id).isEmpty()) {
            throw new ConsultationException(Problem.QUESTIONS_MISSING);
        }
        if (consultation.hasEndedAt(clock.instant())) {
            throw new ConsultationException(Problem.TIMES);
        }
        consultation.publish();
        Instant now = clock.instant();
        members.tellAll(NEW_CONSULTATION, "/members/consultation?id=" + id,
                consultation.getOpensAt().isAfter(now) ? consultation.getOpensAt() : now);
        auditLog.record(staff.username(), CONSULTATION_PUBLISHED, SUBJECT, id);
    }

    /** Closes an open consultation now (anonymous responses are written unlinked at once). */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public void closeNow(SignedIn staff, long id) {
        Consultation consultation = found(id);
        if (!consultation.isPublished()) {
            throw new ConsultationException(Problem.NOT_CLOSED);
        }
        if (writer.close(id, clock.instant())) {
            auditLog.record(staff.username(), CONSULTATION_CLOSED, SUBJECT, id);
        }
    }

    /** Deletes a consultation that was never published. */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public void delete(SignedIn staff, long id) {
        Consultation consultation = found(id);
        if (consultation.isPublished()) {
            throw new ConsultationException(Problem.PUBLISHED);
        }
        List<ConsultationQuestion> questions = questionsOf(id);
        optionsOf(questions).values().forEach(list -> list.forEach(em::remove));
        questions.forEach(em::remove);
        em.createNamedQuery(ConsultationSession.OF, ConsultationSession.class).setParameter("consultation", id)
                .getResultList().forEach(em::remove);
        em.remove(consultation);
        auditLog.record(staff.username(), CONSULTATION_DELETED, SUBJECT, id);
    }

    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.SUPPORTS)
    public List<StaffViews.Session> sessions(SignedIn staff, long consultationId) {
        found(consultationId);
        List<ConsultationSession> sessions = em.createNamedQuery(ConsultationSession.OF, ConsultationSession.class)
                .setParameter("consultation", consultationId).getResultList();
        if (sessions.isEmpty()) {
            return List.of();
        }
        List<SessionSignup> signups = em.createNamedQuery(SessionSignup.OF_SESSIONS, SessionSignup.class)
                .setParameter("sessions", sessions.stream().map(ConsultationSession::getId).toList()).getResultList();
        Map<Long, String> pseudonyms = members.pseudonyms(signups.stream().map(SessionSignup::getMemberId).toList());
        return sessions.stream().map(session -> new StaffViews.Session(session.getId(), session.getStartsAt(),
                session.getEndsAt(), session.isOnline(), sealing.openPlace(session),
                signups.stream().filter(s -> s.getSessionId() == session.getId())
                        .filter(s -> pseudonyms.containsKey(s.getMemberId()))
                        .map(s -> new StaffViews.Signup(s.getMemberId(), pseudonyms.get(s.getMemberId()),
                                s.isAttended()))
                        .sorted(Comparator.comparing(s -> s.pseudonym().toLowerCase(java.util.Locale.ROOT)))
                        .toList()))
                .toList();
    }

    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public long addSession(SignedIn staff, long consultationId, StaffViews.SessionDraft draft) {
        found(consultationId);
        String place = draft.place() == null ? "" : draft.place().strip();
        if (draft.startsAt() == null || draft.endsAt() == null || !draft.endsAt().isAfter(draft.startsAt())
                || place.isEmpty() || place.length() > MAX_PLACE || !TypedText.storable(place, false)) {
            throw new ConsultationException(Problem.SESSION);
        }
        ConsultationSession session = new ConsultationSession(consultationId, draft.startsAt(), draft.endsAt(),
                draft.online());
        em.persist(session);
        em.flush();
        session.place(sealing.lockPlace(session, place));
        auditLog.record(staff.username(), AuditAction.CONTENT_CHANGED, SUBJECT, consultationId);
        return session.getId();
    }

    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public void removeSession(SignedIn staff, long sessionId) {
        ConsultationSession session = em.find(ConsultationSession.class, sessionId);
        if (session == null) {
            throw new ConsultationException(Problem.GONE);
        }
        em.remove(session);
        auditLog.record(staff.username(), AuditAction.CONTENT_CHANGED, SUBJECT, session.getConsultationId());
    }

    /** Records who came to a session: the members named attended, the others who signed up did not. */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public void recordAttendance(SignedIn staff, long sessionId, Set<Long> attended) {
        ConsultationSession session = em.find(ConsultationSession.class, sessionId);
        if (session == null) {
            throw new ConsultationException(Problem.GONE);
        }
        em.createNamedQuery(SessionSignup.OF_SESSIONS, SessionSignup.class).setParameter("sessions", List.of(sessionId))
                .getResultList().forEach(signup -> signup.attended(attended.contains(signup.getMemberId())));
        auditLog.record(staff.username(), ATTENDANCE_RECORDED, SUBJECT, session.getConsultationId());
    }

    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public StaffViews.Results results(SignedIn staff, long id, String language) {
        closing.closeDue();
        Consultation consultation = found(id);
        Instant now = clock.instant();
        ConsultationText text = TextLanguages.pick(consultation.getTexts(), language);
        String title = text == null ? "" : text.getTitle();
        boolean available = !consultation.isAnonymous() || consultation.isClosed();
        if (!available) {
            return new StaffViews.Results(id, title, true, Consultations.stage(consultation, now), false,
                    count(0, true), List.of());
        }
        long answered = em.createNamedQuery(AnswerSet.COUNT, Long.class).setParameter("consultation", id)
                .getSingleResult();
        Map<Long, Long> optionCounts = new HashMap<>();
        em.createNamedQuery(Answer.OPTION_COUNTS, Object[].class).setParameter("consultation", id).getResultList()
                .forEach(row -> optionCounts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        Map<Long, long[]> scaleCounts = new HashMap<>();
        em.createNamedQuery(Answer.SCALE_COUNTS, Object[].class).setParameter("consultation", id).getResultList()
                .forEach(row -> scaleCounts.computeIfAbsent(((Number) row[0]).longValue(),
                        q -> new long[5])[((Number) row[1]).intValue() - 1] = ((Number) row[2]).longValue());
        Map<Long, Long> textCounts = new HashMap<>();
        em.createNamedQuery(Answer.TEXT_COUNTS, Object[].class).setParameter("consultation", id).getResultList()
                .forEach(row -> textCounts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        List<ConsultationQuestion> questions = questionsOf(id);
        Map<Long, List<ConsultationOption>> options = optionsOf(questions);
        List<StaffViews.QuestionResult> results = new ArrayList<>();
        for (ConsultationQuestion question : questions) {
            QuestionText questionText = TextLanguages.pick(question.getTexts(), language);
            List<String> labels = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            if (question.getKind() == QuestionKind.SCALE) {
                long[] values = scaleCounts.getOrDefault(question.getId(), new long[5]);
                for (int value = 1; value <= 5; value++) {
                    labels.add(Integer.toString(value));
                    counts.add(values[value - 1]);
                }
            } else {
                for (ConsultationOption option : options.getOrDefault(question.getId(), List.of())) {
                    labels.add(Optional.ofNullable(TextLanguages.pick(option.getLabels(), language)).orElse(""));
                    counts.add(optionCounts.getOrDefault(option.getId(), 0L));
                }
            }
            List<Boolean> hidden = Suppression.hidden(counts, SMALLEST_GROUP,
                    question.getKind() != QuestionKind.SEVERAL);
            List<StaffViews.ChoiceCount> choices = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                choices.add(new StaffViews.ChoiceCount(labels.get(i), count(counts.get(i), hidden.get(i))));
            }
            long texts = textCounts.getOrDefault(question.getId(), 0L);
            results.add(new StaffViews.QuestionResult(question.getId(), question.getKind(),
                    questionText == null ? "" : questionText.getText(),
                    questionText == null ? null : questionText.getScaleLow(),
                    questionText == null ? null : questionText.getScaleHigh(), choices,
                    count(texts, texts < SMALLEST_GROUP)));
        }
        return new StaffViews.Results(id, title, consultation.isAnonymous(), Consultations.stage(consultation, now),
                true, count(answered, answered < SMALLEST_GROUP), results);
    }

    /**
     * The open answers, opened with the staff member's key (audited once); of an anonymous consultation only after the
     * close and only when at least {@link #SMALLEST_GROUP} members answered.
     */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public List<StaffViews.OpenAnswer> openAnswers(SignedIn staff, long id, String language) {
        closing.closeDue();
        Consultation consultation = found(id);
        if (consultation.isAnonymous() && !consultation.isClosed()) {
            throw new ConsultationException(Problem.NOT_CLOSED);
        }
        if (consultation.isAnonymous() && em.createNamedQuery(AnswerSet.COUNT, Long.class)
                .setParameter("consultation", id).getSingleResult() < SMALLEST_GROUP) {
            // who answered is on record (participation): with so few, an open answer would tell whose it is
            throw new ConsultationException(Problem.FEW);
        }
        List<Object[]> rows = em.createNamedQuery(Answer.TEXTS, Object[].class).setParameter("consultation", id)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Sealed> sealed = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        Set<Long> memberIds = new HashSet<>();
        for (Object[] row : rows) {
            Answer answer = (Answer) row[0];
            sealed.add(new Sealed(answer.getTextSealed(), answer.getTextForOrg(), null));
            contexts.add(answer.textContext());
            if (row[1] != null) {
                memberIds.add(((Number) row[1]).longValue());
            }
        }
        List<String> texts;
        try {
            texts = organisationKeys.openAll(sealed, contexts, staff.key(), staff.username(), SUBJECT + ":" + id);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Open answers of a consultation did not open", failure);
        }
        Map<Long, String> pseudonyms = memberIds.isEmpty() ? Map.of() : members.pseudonyms(memberIds);
        Map<Long, String> questionTexts = new LinkedHashMap<>();
        questionsOf(id).forEach(question -> questionTexts.put(question.getId(),
                Optional.ofNullable(TextLanguages.pick(question.getTexts(), language)).map(QuestionText::getText)
                        .orElse("")));
        List<StaffViews.OpenAnswer> answers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Answer answer = (Answer) rows.get(i)[0];
            Long member = rows.get(i)[1] == null ? null : ((Number) rows.get(i)[1]).longValue();
            answers.add(new StaffViews.OpenAnswer(answer.getQuestionId(),
                    questionTexts.getOrDefault(answer.getQuestionId(), ""), texts.get(i),
                    member == null ? null : pseudonyms.get(member)));
        }
        return answers;
    }

    /** The results as CSV (Apache Commons CSV): one row per question and choice, suppressed cells as "< 5". */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public String resultsCsv(SignedIn staff, long id, String language) {
        StaffViews.Results results = results(staff, id, language);
        if (!results.available()) {
            throw new ConsultationException(Problem.NOT_CLOSED);
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("question_number", "question", "kind", "choice", "count").get())) {
            csv.printRecord("", "", "", "answered", shown(results.answered()));
            int number = 0;
            for (StaffViews.QuestionResult question : results.questions()) {
                number++;
                if (question.kind() == QuestionKind.OPEN) {
                    csv.printRecord(number, question.text(), question.kind().name(), "open answers",
                            shown(question.openAnswers()));
                }
                for (StaffViews.ChoiceCount choice : question.choices()) {
                    csv.printRecord(number, question.text(), question.kind().name(), choice.label(),
                            shown(choice.count()));
                }
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.SUPPORTS)
    public StaffViews.Outcome outcome(SignedIn staff, long id) {
        Consultation consultation = found(id);
        Map<String, StaffViews.OutcomeTexts> texts = new TreeMap<>();
        consultation.getTexts().forEach((language, text) -> texts.put(language, new StaffViews.OutcomeTexts(
                text.getOutcomeSaid(), text.getOutcomeDid(), text.getOutcomeNotDid())));
        return new StaffViews.Outcome(texts, consultation.isOutcomePublished(), consultation.isOutcomePublic());
    }

    /** Saves the outcome's texts for the languages the consultation is written in (others are ignored). */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public void saveOutcome(SignedIn staff, long id, StaffViews.Outcome outcome) {
        Consultation consultation = found(id);
        Map<String, ConsultationText> texts = new HashMap<>(consultation.getTexts());
        boolean any = false;
        for (Map.Entry<String, ConsultationText> entry : consultation.getTexts().entrySet()) {
            StaffViews.OutcomeTexts given = outcome.texts().get(entry.getKey());
            String said = given == null ? null : clean(given.said(), ConsultationText.MAX_TEXT);
            String did = given == null ? null : clean(given.did(), ConsultationText.MAX_TEXT);
            String notDid = given == null ? null : clean(given.notDid(), ConsultationText.MAX_TEXT);
            any |= said != null;
            texts.put(entry.getKey(), entry.getValue().withOutcome(said, did, notDid));
        }
        if (!any) {
            throw new ConsultationException(Problem.OUTCOME_MISSING);
        }
        consultation.texts(texts);
        auditLog.record(staff.username(), AuditAction.CONTENT_CHANGED, SUBJECT, id);
    }

    /** Publishes the saved outcome to members; public when asked; members with an address told when asked. */
    @RequiresRole({Role.STAFF, Role.ADMIN, Role.COORDINATOR})
    @Transactional(TxType.REQUIRED)
    public void publishOutcome(SignedIn staff, long id, boolean isPublic, boolean tellMembers) {
        closing.closeDue();
        Consultation consultation = found(id);
        if (!consultation.isPublished() || !consultation.hasEndedAt(clock.instant())) {
            throw new ConsultationException(Problem.NOT_CLOSED);
        }
        if (consultation.getTexts().values().stream()
                .noneMatch(text -> text.getOutcomeSaid() != null && !text.getOutcomeSaid().isBlank())) {
            throw new ConsultationException(Problem.OUTCOME_MISSING);
        }
        consultation.publishOutcome(isPublic);
        if (tellMembers) {
            members.tellAll(OUTCOME_PUBLISHED, "/members/outcome?id=" + id, clock.instant());
        }
        auditLog.record(staff.username(), OUTCOME_PUBLISHED_ACTION, SUBJECT, id);
    }

    /** Per member, consultations answered (by the year they closed) and sessions attended in a year. */
    @RequiresRole(Role.ADMIN)
    @Transactional(TxType.SUPPORTS)
    public List<StaffViews.Participation> participation(SignedIn admin, int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Languages.LOCAL_TIME).toInstant();
        Instant until = LocalDate.of(year + 1, 1, 1).atStartOfDay(Languages.LOCAL_TIME).toInstant();
        Map<Long, long[]> counts = new HashMap<>();
        em.createNamedQuery(Participation.ANSWERED_BETWEEN, Object[].class).setParameter("from", from)
                .setParameter("until", until).getResultList().forEach(row -> counts.computeIfAbsent(
                        ((Number) row[0]).longValue(), m -> new long[2])[0] = ((Number) row[1]).longValue());
        em.createNamedQuery(SessionSignup.ATTENDED_BETWEEN, Object[].class).setParameter("from", from)
                .setParameter("until", until).getResultList().forEach(row -> counts.computeIfAbsent(
                        ((Number) row[0]).longValue(), m -> new long[2])[1] = ((Number) row[1]).longValue());
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<Long, String> pseudonyms = members.pseudonyms(counts.keySet());
        return counts.entrySet().stream().filter(entry -> pseudonyms.containsKey(entry.getKey()))
                .map(entry -> new StaffViews.Participation(pseudonyms.get(entry.getKey()), entry.getValue()[0],
                        entry.getValue()[1]))
                .sorted(Comparator.comparing(row -> row.pseudonym().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    @RequiresRole(Role.ADMIN)
    @Transactional(TxType.SUPPORTS)
    public String participationCsv(SignedIn admin, int year, String language) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("pseudonym", "year", "consultations_answered", "sessions_attended").get())) {
            for (StaffViews.Participation row : participation(admin, year)) {
                csv.printRecord(row.pseudonym(), year, row.answered(), row.attended());
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    /** A count as staff may see it: the value only when the group is large enough. */
    static StaffViews.Count count(long value, boolean suppressed) {
        return suppressed ? new StaffViews.Count(0, true) : new StaffViews.Count(value, false);
    }

    private static String shown(StaffViews.Count count) {
        return count.suppressed() ? "< " + SMALLEST_GROUP : Long.toString(count.value());
    }

    /** Whether someone answered or keeps a draft: then the questions and the kind of answers stay as they are. */
    private boolean isLocked(long id) {
        return em.createNamedQuery(Participation.COUNT, Long.class).setParameter("consultation", id)
                .getSingleResult() > 0
                || !em.createQuery("SELECT r.memberId FROM Response r WHERE r.owner = :consultation", Long.class)
                        .setParameter("consultation", id).setMaxResults(1).getResultList().isEmpty();
    }

    private Consultation found(long id) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null) {
            throw new ConsultationException(Problem.GONE);
        }
        return consultation;
    }

    private List<ConsultationQuestion> questionsOf(long id) {
        return em.createNamedQuery(ConsultationQuestion.OF, ConsultationQuestion.class).setParameter("consultation", id)
                .getResultList();
    }

    private Map<Long, List<ConsultationOption>> optionsOf(List<ConsultationQuestion> questions) {
        Map<Long, List<ConsultationOption>> options = new HashMap<>();
        if (!questions.isEmpty()) {
            em.createNamedQuery(ConsultationOption.OF, ConsultationOption.class)
                    .setParameter("questions", questions.stream().map(ConsultationQuestion::getId).toList())
                    .getResultList()
                    .forEach(option -> options.computeIfAbsent(option.getQuestionId(), q -> new ArrayList<>())
                            .add(option));
        }
        return options;
    }

    private Map<String, ConsultationText> checkedTexts(Map<String, StaffViews.Texts> given) {
        Map<String, ConsultationText> texts = new TreeMap<>();
        if (given != null) {
            given.forEach((language, text) -> {
                String title = clean(text == null ? null : text.title(), ConsultationText.MAX_TITLE);
                String background = clean(text == null ? null : text.background(), ConsultationText.MAX_TEXT);
                if (title != null && languages.isSupported(language)) {
                    texts.put(language, new ConsultationText(title, background == null ? "" : background));
                }
            });
        }
        if (texts.isEmpty()) {
            throw new ConsultationException(Problem.TITLE_MISSING);
        }
        return texts;
    }

    /** A stripped text, null when empty; TEXT_LONG when over the length, refused when not storable. */
    private static String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max || !TypedText.storable(stripped, true)) {
            throw new ConsultationException(Problem.TEXT_LONG);
        }
        return stripped;
    }

    /** Questions as drafted: kept by id, new ones added, missing ones removed; options by their place. */
    private void saveQuestions(long consultationId, List<StaffViews.QuestionDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            throw new ConsultationException(Problem.QUESTIONS_MISSING);
        }
        if (drafts.size() > MAX_QUESTIONS) {
            throw new ConsultationException(Problem.TEXT_LONG);
        }
        List<ConsultationQuestion> existing = questionsOf(consultationId);
        Map<Long, List<ConsultationOption>> existingOptions = optionsOf(existing);
        Map<Long, ConsultationQuestion> byId = new HashMap<>();
        existing.forEach(question -> byId.put(question.getId(), question));
        Set<Long> kept = new HashSet<>();
        int position = 0;
        for (StaffViews.QuestionDraft draft : drafts) {
            position++;
            Long draftId = draft.id();
            int number = position;
            if (draft.kind() == null) {
                throw new ConsultationException(Problem.QUESTION_TEXT_MISSING, draftId, number);
            }
            Map<String, QuestionText> texts = new TreeMap<>();
            Map<String, List<String>> labels = new TreeMap<>();
            (draft.texts() == null ? Map.<String, StaffViews.QuestionTexts>of() : draft.texts())
                    .forEach((language, text) -> {
                        String question = clean(text == null ? null : text.text(), QuestionText.MAX_TEXT);
                        if (question == null || !languages.isSupported(language)) {
                            return;
                        }
                        String low = clean(text.scaleLow(), QuestionText.MAX_SCALE_WORD);
                        String high = clean(text.scaleHigh(), QuestionText.MAX_SCALE_WORD);
                        if (draft.kind() == QuestionKind.SCALE && (low == null || high == null)) {
                            throw new ConsultationException(Problem.SCALE_WORDS, draftId, number);
                        }
                        texts.put(language, draft.kind() == QuestionKind.SCALE
                                ? new QuestionText(question, low, high)
                                : new QuestionText(question, null, null));
                        if (draft.kind() == QuestionKind.ONE || draft.kind() == QuestionKind.SEVERAL) {
                            List<String> options = new ArrayList<>();
                            for (String option : text.options() == null ? List.<String>of() : text.options()) {
                                String label = clean(option, ConsultationOption.MAX_LABEL);
                                if (label != null) {
                                    options.add(label);
                                }
                            }
                            labels.put(language, options);
                        }
                    });
            if (texts.isEmpty()) {
                throw new ConsultationException(Problem.QUESTION_TEXT_MISSING, draftId, number);
            }
            int optionCount = labels.values().stream().mapToInt(List::size).max().orElse(0);
            if ((draft.kind() == QuestionKind.ONE || draft.kind() == QuestionKind.SEVERAL)
                    && (optionCount < 2 || optionCount > MAX_OPTIONS
                            || labels.values().stream().anyMatch(list -> list.size() != optionCount))) {
                throw new ConsultationException(Problem.OPTIONS, draftId, number);
            }
            ConsultationQuestion question = draftId == null ? null : byId.get(draftId);
            if (question == null) {
                question = new ConsultationQuestion(consultationId, position, draft.kind(), draft.required(), texts);
                em.persist(question);
                em.flush();
            } else {
                question.change(position, draft.kind(), draft.required(), texts);
                kept.add(question.getId());
            }
            List<ConsultationOption> options = new ArrayList<>(
                    existingOptions.getOrDefault(question.getId(), List.of()));
            for (int i = 0; i < optionCount; i++) {
                Map<String, String> optionLabels = new TreeMap<>();
                int index = i;
                labels.forEach((language, list) -> optionLabels.put(language, list.get(index)));
                if (i < options.size()) {
                    options.get(i).relabel(optionLabels);
                } else {
                    em.persist(new ConsultationOption(question.getId(), i + 1, optionLabels));
                }
            }
            for (int i = optionCount; i < options.size(); i++) {
                em.remove(options.get(i));
            }
        }
        for (ConsultationQuestion question : existing) {
            if (!kept.contains(question.getId())) {
                existingOptions.getOrDefault(question.getId(), List.of()).forEach(em::remove);
                em.remove(question);
            }
        }
    }
}
