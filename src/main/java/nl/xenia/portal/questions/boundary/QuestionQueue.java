package nl.xenia.portal.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.questions.control.WorkingDays;
import nl.xenia.portal.questions.entity.QuestionThread;
import nl.xenia.portal.questions.entity.ThreadStatus;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.StaffDirectory;
import nl.xenia.portal.staff.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's list of questions, one page at a time, chosen, filtered, sorted and counted by the
 * database (no content: a thread's number, status, language, topic, municipality, dates and assignee).
 * What staff type (a filter, a search) reaches the query only as typed parameters; names are matched
 * in the office's language here first ("Bulgaars" or "bg" → bg, "Geld" → MONEY, "admin" → the members).
 */
@ApplicationScoped
@RequiresRole({Role.STAFF, Role.ADMIN})
public class QuestionQueue {

    /** The saved views of the list (the address says which: {@code ?view=overdue}). */
    public enum View {

        /** Everything not closed. */
        OPEN,
        /** New and open: waiting for an answer from the office. */
        UNANSWERED,
        /** Not closed, assigned to the member looking. */
        MINE,
        /** Not closed, assigned to nobody. */
        NOBODYS,
        /** Without a first answer past the first-answer target. */
        OVERDUE,
        /** Answered, waiting for the person. */
        WAITING,
        /** Every thread, closed ones too. */
        ALL;

        /** The view an address names ({@code unanswered}), else the default (open). */
        public static View of(String name) {
            return Arrays.stream(values()).filter(view -> view.param().equals(name)).findFirst().orElse(OPEN);
        }

        /** How the address names it. */
        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The columns the list sorts by. */
    public enum Column {

        NUMBER("t.id"), ASKED("t.createdAt"), STATUS("t.status"), LANGUAGE("t.language"), TOPIC("t.topic");

        private final String path;

        Column(String path) {
            this.path = path;
        }
    }

    /**
     * What to show: the view, newest or oldest first, a search (a number, or a topic by name or code), a
     * column to sort by (null: by the moment asked, as {@code newestFirst} says), and the column filters as
     * typed (null or blank: no filter), matched in the office language {@code language}.
     */
    public record Criteria(View view, boolean newestFirst, String search, Column sortBy, boolean descending,
            String status, String languageFilter, String topic, String assignee, String language) {

        /** The view in the order asked, no search, no filter, in the office language. */
        public static Criteria of(View view, boolean newestFirst, String language) {
            return new Criteria(view, newestFirst, null, null, false, null, null, null, null, language);
        }
    }

    /**
     * A thread in the list. {@code due} is when the first answer is due (null once answered or closed),
     * {@code assignee} the member's username or null.
     */
    public record Item(long id, ThreadStatus status, String language, Topic topic, Long municipalityId,
            Instant createdAt, String assignee, Instant due, boolean overdue) {
    }

    /** One page of the list and how many threads the criteria select in all. */
    public record Page(List<Item> items, long total) {
    }

    /** What the dashboard shows: threads waiting for an answer (new and open), and those past the target. */
    public record Counts(long unanswered, long overdue) {
    }

    /** The longest page. */
    public static final int MAX_PAGE = 200;

    private static final Set<ThreadStatus> FOR_THE_OFFICE = EnumSet.of(ThreadStatus.NEW, ThreadStatus.OPEN);

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StaffDirectory directory;

    @Inject
    Languages languages;

    /** The first answer is due by the end of this many working days after the day a question came in. */
    @Inject
    @ConfigProperty(name = "xenia.questions.first-answer-days", defaultValue = "2")
    int firstAnswerDays;

    /** The threads the criteria select, {@code size} of them from the {@code first}. */
    @Transactional(TxType.SUPPORTS)
    public Page page(SignedIn member, Criteria criteria, int first, int size) {
        Instant now = clock.instant();
        Map<Long, String> names = directory.usernames(member);
        Optional<Where> where = where(member, criteria, now, names);
        if (where.isEmpty()) {
            return new Page(List.of(), 0);
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM QuestionThread t" + where.get().jpql(),
                Long.class);
        where.get().bind(count);
        long total = count.getSingleResult();
        String direction = criteria.sortBy() == null
                ? (criteria.newestFirst() ? " DESC" : " ASC")
                : (criteria.descending() ? " DESC" : " ASC");
        String order = criteria.sortBy() == null
                ? " ORDER BY t.createdAt" + direction + ", t.id" + direction
                : " ORDER BY " + criteria.sortBy().path + direction + ", t.createdAt"
                        + (criteria.newestFirst() ? " DESC" : " ASC") + ", t.id";
        TypedQuery<QuestionThread> threads = em
                .createQuery("SELECT t FROM QuestionThread t" + where.get().jpql() + order, QuestionThread.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)));
        where.get().bind(threads);
        List<Item> items = threads.getResultStream().map(thread -> item(thread, now, names)).toList();
        return new Page(items, total);
    }

    /** The dashboard's counts: every question waiting for the office's answer, and every overdue one. */
    @Transactional(TxType.SUPPORTS)
    public Counts counts(SignedIn member) {
        Instant now = clock.instant();
        Map<Long, String> names = Map.of();
        return new Counts(count(where(member, Criteria.of(View.UNANSWERED, false, "en"), now, names).orElseThrow()),
                count(where(member, Criteria.of(View.OVERDUE, false, "en"), now, names).orElseThrow()));
    }

    private long count(Where where) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM QuestionThread t" + where.jpql(), Long.class);
        where.bind(count);
        return count.getSingleResult();
    }

    /** The conditions, from fixed pieces with parameters; empty when a filter matches nothing at all. */
    private Optional<Where> where(SignedIn member, Criteria criteria, Instant now, Map<Long, String> names) {
        Where where = new Where();
        switch (criteria.view() == null ? View.OPEN : criteria.view()) {
            case OPEN -> where.add("t.status <> :closed", "closed", ThreadStatus.CLOSED);
            case UNANSWERED -> where.add("t.status IN :forOffice", "forOffice", FOR_THE_OFFICE);
            case MINE -> where.add("t.status <> :closed", "closed", ThreadStatus.CLOSED).add("t.assigneeId = :me",
                    "me", member.staffId());
            case NOBODYS -> where.add("t.status <> :closed", "closed", ThreadStatus.CLOSED)
                    .add("t.assigneeId IS NULL");
            case OVERDUE -> where.add("t.status <> :closed", "closed", ThreadStatus.CLOSED)
                    .add("t.firstAnswerAt IS NULL").add("t.createdAt < :cutOff", "cutOff",
                            WorkingDays.overdueIfAskedBefore(now, firstAnswerDays, Languages.LOCAL_TIME));
            case WAITING -> where.add("t.status = :waiting", "waiting", ThreadStatus.WAITING);
            case ALL -> {
                // every thread
            }
        }
        String language = criteria.language() == null ? "en" : criteria.language();
        String search = clean(criteria.search());
        if (search != null) {
            String digits = search.startsWith("#") ? search.substring(1).strip() : search;
            if (digits.matches("[0-9]{1,18}")) {
                where.add("t.id = :number", "number", Long.valueOf(digits));
            } else {
                Set<Topic> topics = matching(Topic.values(), Topic::name,
                        topic -> languages.format(language, "Topic." + topic.name(), Map.of()), search);
                if (topics.isEmpty()) {
                    return Optional.empty();
                }
                where.add("t.topic IN :searchTopics", "searchTopics", topics);
            }
        }
        String status = clean(criteria.status());
        if (status != null) {
            Set<ThreadStatus> statuses = matching(ThreadStatus.values(), ThreadStatus::name,
                    value -> languages.format(language, "ThreadStatus." + value.name(), Map.of()), status);
            if (statuses.isEmpty()) {
                return Optional.empty();
            }
            where.add("t.status IN :statuses", "statuses", statuses);
        }
        String spoken = clean(criteria.languageFilter());
        if (spoken != null) {
            Set<String> codes = matching(languages.codes().toArray(String[]::new), Function.identity(),
                    code -> Languages.name(code, language), spoken);
            if (codes.isEmpty()) {
                return Optional.empty();
            }
            where.add("t.language IN :languages", "languages", codes);
        }
        String topic = clean(criteria.topic());
        if (topic != null) {
            Set<Topic> topics = matching(Topic.values(), Topic::name,
                    value -> languages.format(language, "Topic." + value.name(), Map.of()), topic);
            if (topics.isEmpty()) {
                return Optional.empty();
            }
            where.add("t.topic IN :topics", "topics", topics);
        }
        String assignee = clean(criteria.assignee());
        if (assignee != null) {
            String wanted = assignee.toLowerCase(Locale.ROOT);
            Set<Long> ids = names.entrySet().stream()
                    .filter(name -> name.getValue().toLowerCase(Locale.ROOT).contains(wanted)).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            where.add("t.assigneeId IN :assignees", "assignees", ids);
        }
        return Optional.of(where);
    }

    /**
     * The values a typed text names: the one whose code it is exactly ("bg", "money"), else those whose label
     * in the office language contains it ("Bulgaars", "geld").
     */
    private static <T> Set<T> matching(T[] values, Function<T, String> code, Function<T, String> label, String text) {
        String typed = text.toLowerCase(Locale.ROOT);
        List<T> exact = Arrays.stream(values).filter(value -> code.apply(value).equalsIgnoreCase(typed)).toList();
        if (!exact.isEmpty()) {
            return Set.copyOf(exact);
        }
        return Arrays.stream(values).filter(value -> label.apply(value).toLowerCase(Locale.ROOT).contains(typed))
                .collect(Collectors.toSet());
    }

    private static String clean(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String stripped = typed.strip();
        return stripped.length() > 100 ? stripped.substring(0, 100) : stripped;
    }

    private Item item(QuestionThread thread, Instant now, Map<Long, String> names) {
        boolean unanswered = thread.getFirstAnswerAt() == null && thread.getStatus() != ThreadStatus.CLOSED;
        Instant due = unanswered
                ? WorkingDays.due(thread.getCreatedAt(), firstAnswerDays, Languages.LOCAL_TIME)
                : null;
        return new Item(thread.getId(), thread.getStatus(), thread.getLanguage(), thread.getTopic(),
                thread.getMunicipalityId(), thread.getCreatedAt(),
                thread.getAssigneeId() == null ? null : names.get(thread.getAssigneeId()), due,
                unanswered && !now.isBefore(due));
    }

    /** Conditions joined by AND, each a fixed piece of JPQL, with their parameters. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where add(String condition) {
            conditions.add(condition);
            return this;
        }

        Where add(String condition, String parameter, Object value) {
            conditions.add(condition);
            parameters.put(parameter, value);
            return this;
        }

        String jpql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
