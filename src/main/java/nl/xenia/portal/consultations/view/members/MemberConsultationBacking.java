package nl.xenia.portal.consultations.view.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.consultations.boundary.Answers;
import nl.xenia.portal.consultations.boundary.ConsultationException;
import nl.xenia.portal.consultations.boundary.Consultations;
import nl.xenia.portal.consultations.boundary.MemberViews;
import nl.xenia.portal.consultations.entity.Answer;
import nl.xenia.portal.consultations.view.ConsultationTexts;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.members.boundary.SignedInMember;
import nl.xenia.portal.members.view.CurrentMember;
import nl.xenia.portal.privacy.view.Typed;

/**
 * {@code /{lang}/members/consultation?id=}: one consultation as a member answers it. The background, then, before the
 * questions, whether the answers are anonymous (staff cannot see who answered what; once sent they cannot change) or
 * under the pseudonym (staff see it; they can change until the close); then every question in one form (open text,
 * one choice, several choices, a scale of 1 to 5 with words at both ends), required ones marked in words, with "Save
 * draft" and "Send". A saved or sent form answers with a 303 to this page ({@code done=} names the message), so Reload
 * posts nothing again; a refused one shows the page again with everything as posted and the message at the question
 * concerned. The sessions follow, each with a small form of its own ("I'll come", "I can't come after all"), and the
 * outcome's link once it is published. The view is stateless: the consultation's id travels in the address and in a
 * hidden field, never in a view's state.
 */
@Named("memberConsultation")
@RequestScoped
public class MemberConsultationBacking {

    /** The most of an open answer given back after a refusal: twice what an answer may hold (LONG says so). */
    static final int MAX_TYPED = 2 * Answer.MAX_TEXT;
    /** The points of a scale. */
    private static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);
    /** The messages a 303 after an action may name ({@code done=}), by name. */
    private static final Map<String, String> DONE = Map.of("draft", "members.consultation.message.info.draft", "sent",
            "members.consultation.message.info.sent", "coming", "members.consultation.message.info.coming",
            "not_coming", "members.consultation.message.info.not_coming");

    @Inject
    Consultations consultations;

    @Inject
    CurrentMember currentMember;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    HttpServletRequest request;

    private MemberViews.Page page;
    private SignedInMember member;
    /** What was posted, given back after a refusal; null when the page shows what the facade keeps. */
    private Map<Long, Answers.Answer> typed;
    private final Map<Long, String> questionErrors = new HashMap<>();
    private final Map<Long, String> sessionErrors = new HashMap<>();
    private String error;
    private String done;

    /** The view action: the consultation asked for, or what was posted (answers, or a session's sign-up). */
    public void handle() {
        member = MemberPages.member(currentMember, messages, request);
        if (member == null) {
            return;
        }
        Optional<Long> id = ConsultationTexts.id(request.getParameter("id"));
        if (id.isEmpty()) {
            NotFound.answer();
            return;
        }
        if ("POST".equals(request.getMethod())) {
            String action = request.getParameter("action");
            if ("come".equals(action) || "leave".equals(action)) {
                if (signUp(id.get(), "come".equals(action))) {
                    return;
                }
            } else if (("draft".equals(action) || "send".equals(action)) && answer(id.get(), "send".equals(action))) {
                return;
            }
        } else {
            done = Optional.ofNullable(request.getParameter("done")).map(DONE::get).map(messages::get).orElse(null);
        }
        if (page == null && error == null) {
            load(id.get());
        }
        if (page != null) {
            MemberPages.name(request, "members/consultation?id=" + page.id());
        }
    }

    /** Loads the consultation; false when the request has been answered otherwise (404) or there is nothing to show. */
    private boolean load(long id) {
        try {
            page = consultations.page(member, id, messages.getLang());
            return true;
        } catch (ConsultationException refused) {
            if (refused.getProblem() == ConsultationException.Problem.GONE) {
                NotFound.answer();
            } else {
                error = problem(refused);
            }
            return false;
        }
    }

    /** Saves a draft or sends; true when answered with a 303 (or a 404), false to show the page with the refusal. */
    private boolean answer(long id, boolean send) {
        if (!load(id)) {
            return error == null;
        }
        Answers answers = posted(page);
        try {
            if (send) {
                consultations.send(member, id, answers);
            } else {
                consultations.saveDraft(member, id, answers);
            }
        } catch (ConsultationException refused) {
            typed = answers.byQuestion();
            if (refused.getQuestionId() != null && page.questions().stream()
                    .anyMatch(question -> question.id() == refused.getQuestionId())) {
                questionErrors.put(refused.getQuestionId(), problem(refused));
            } else {
                error = problem(refused);
            }
            return false;
        }
        ConsultationTexts.seeOther(request.getContextPath(), "/" + messages.getLang()
                + "/members/consultation?id=" + id + "&done=" + (send ? "sent" : "draft"));
        return true;
    }

    /** Signs up for a session or withdraws; true when answered with a 303, false to show the page with the refusal. */
    private boolean signUp(long id, boolean coming) {
        Optional<Long> session = ConsultationTexts.id(request.getParameter("session"));
        if (session.isEmpty()) {
            error = problem(new ConsultationException(ConsultationException.Problem.GONE));
            return false;
        }
        try {
            consultations.signUp(member, session.get(), coming);
        } catch (ConsultationException refused) {
            sessionErrors.put(session.get(), problem(refused));
            return false;
        }
        ConsultationTexts.seeOther(request.getContextPath(), "/" + messages.getLang()
                + "/members/consultation?id=" + id + "&done=" + (coming ? "coming" : "not_coming") + "#sessions");
        return true;
    }

    /** The answers as posted: for each question its field {@code q<id>}, what is left empty left out. */
    private Answers posted(MemberViews.Page shown) {
        Map<Long, Answers.Answer> answers = new LinkedHashMap<>();
        for (MemberViews.Question question : shown.questions()) {
            String field = "q" + question.id();
            Answers.Answer answer = switch (question.kind()) {
                case OPEN -> {
                    String text = request.getParameter(field);
                    yield text == null || text.isBlank() ? null : new Answers.Answer(Set.of(), null, text);
                }
                case ONE, SEVERAL -> {
                    Set<Long> chosen = new LinkedHashSet<>();
                    String[] values = request.getParameterValues(field);
                    for (String value : values == null ? new String[0] : values) {
                        ConsultationTexts.id(value).ifPresent(chosen::add);
                    }
                    yield chosen.isEmpty() ? null : new Answers.Answer(chosen, null, null);
                }
                case SCALE -> ConsultationTexts.id(request.getParameter(field)).filter(value -> value <= 9)
                        .map(value -> new Answers.Answer(Set.of(), value.intValue(), null)).orElse(null);
            };
            if (answer != null) {
                answers.put(question.id(), answer);
            }
        }
        return new Answers(answers);
    }

    private String problem(ConsultationException refused) {
        return messages.get("ConsultationException.Problem." + refused.getProblem().name());
    }

    private Answers.Answer answerTo(long questionId) {
        if (typed != null) {
            return typed.get(questionId);
        }
        return page == null || page.answers() == null ? null : page.answers().of(questionId);
    }

    public MemberViews.Page getPage() {
        return page;
    }

    /** The member's pseudonym, for the notice of answers given under it. */
    public String getPseudonym() {
        return member == null ? null : member.pseudonym();
    }

    /** "(in English)" when the consultation is shown in another language than the page's; null otherwise. */
    public String getOtherLanguage() {
        return page == null ? null : ConsultationTexts.otherLanguage(messages, page.language(), page.fallback());
    }

    /** The stage's label. */
    public String getStage() {
        return ConsultationTexts.stage(messages, page.stage());
    }

    /** Until when answers can be given (or from when, or that it closed), in the member's language. */
    public String getWhen() {
        return ConsultationTexts.when(messages, page.stage(), page.opensAt(), page.closesAt(),
                "members.consultation.opens", "members.consultation.closes", "members.consultation.closed");
    }

    /** The close, in the member's language. */
    public String getCloses() {
        return ConsultationTexts.moment(messages, page.closesAt());
    }

    /** What an open question holds: as posted after a refusal, else the draft or what was sent. */
    public String text(long questionId) {
        Answers.Answer answer = answerTo(questionId);
        return answer == null ? "" : Typed.cut(answer.text(), MAX_TYPED);
    }

    /** Whether an option is chosen. */
    public boolean chosen(long questionId, long optionId) {
        Answers.Answer answer = answerTo(questionId);
        return answer != null && answer.options() != null && answer.options().contains(optionId);
    }

    /** Whether a scale's point is chosen. */
    public boolean scaled(long questionId, int point) {
        Answers.Answer answer = answerTo(questionId);
        return answer != null && answer.scale() != null && answer.scale() == point;
    }

    public List<Integer> getScale() {
        return SCALE;
    }

    /** Why a question's answer was refused, or null. */
    public String questionError(long questionId) {
        return questionErrors.get(questionId);
    }

    /** The first question with a refusal, for the summary's link; null when none. */
    public Long getErrorQuestion() {
        return questionErrors.keySet().stream().findFirst().orElse(null);
    }

    /** Why a session's sign-up was refused, or null. */
    public String sessionError(long sessionId) {
        return sessionErrors.get(sessionId);
    }

    /** A refusal that concerns no one question (closed, sent, the account gone), or null. */
    public String getError() {
        return error;
    }

    /** What the last action did ("Your draft is saved"), or null. */
    public String getDone() {
        return done;
    }

    /** Whether the page shows the answer to an action that sent the answers (the confirmation). */
    public boolean isJustSent() {
        return "sent".equals(request.getParameter("done")) && page != null && page.sent();
    }

    /** A session's day and time. */
    public String when(MemberViews.Session session) {
        return ConsultationTexts.span(messages, session.startsAt(), session.endsAt());
    }

    /** Whether one can still sign up for a session or withdraw: it has not begun. */
    public boolean open(MemberViews.Session session) {
        return session.startsAt().isAfter(clock.instant());
    }

    /** Whether a session's place is a web link (shown as one). */
    public boolean link(MemberViews.Session session) {
        return session.online() && session.place() != null && session.place().startsWith("https://");
    }

    /** The address of the outcome's page. */
    public String getOutcome() {
        return request.getContextPath() + "/" + messages.getLang() + "/members/outcome?id=" + page.id();
    }
}
