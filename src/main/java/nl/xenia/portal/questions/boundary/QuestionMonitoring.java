package nl.xenia.portal.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.xenia.portal.info.boundary.InfoPages;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.monitoring.boundary.FigureSection;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.Label;
import nl.xenia.portal.monitoring.boundary.MonitoringSource;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.monitoring.boundary.Statistic;
import nl.xenia.portal.monitoring.boundary.Tally;
import nl.xenia.portal.questions.control.WorkingDays;
import nl.xenia.portal.questions.entity.QuestionCount;
import nl.xenia.portal.questions.entity.QuestionThread;
import nl.xenia.portal.questions.entity.Topic;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The questions' part in monitoring: questions that came in during the period by topic, language and municipality, the
 * first answer's median time and the share answered within the target, and questions as a contact channel. It counts
 * the {@code question_count} rows of removed threads and the topic, language, municipality and times of the threads
 * still held (a thread is one or the other: it is counted when it is removed, in the same transaction), never content.
 */
@ApplicationScoped
public class QuestionMonitoring implements MonitoringSource {

    /** Where the questions stand in a report. */
    static final int ORDER = 100;
    private static final String UNKNOWN_MUNICIPALITY = "office.monitoring.questions.municipality.none";

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Languages languages;

    @Inject
    InfoPages infoPages;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "xenia.questions.first-answer-days", defaultValue = "2")
    int firstAnswerDays;

    /** One question as monitoring sees it. */
    private record Fact(YearMonth month, Topic topic, String language, Long municipalityId, Long firstAnswerSeconds,
            Boolean inTime) {
    }

    @Override
    @Transactional
    public FigureSection figures(Period period) {
        List<Fact> facts = facts(period);
        Tally byTopic = new Tally(period, Arrays.stream(Topic.values()).map(topic -> Label.key("Topic." + topic.name()))
                .toList());
        Tally byLanguage = new Tally(period, languages.codes().stream().map(Label::language).toList());
        List<InfoPages.MunicipalityRow> municipalities = infoPages.municipalities("nl").stream()
                .filter(municipality -> !municipality.example()).toList();
        List<Label> municipalityRows = new ArrayList<>(
                municipalities.stream().map(municipality -> Label.text(municipality.name())).toList());
        municipalityRows.add(Label.key(UNKNOWN_MUNICIPALITY));
        Tally byMunicipality = new Tally(period, municipalityRows);
        long[] perMonth = new long[period.months().size()];
        List<Long> answerSeconds = new ArrayList<>();
        long due = 0;
        long inTime = 0;
        for (Fact fact : facts) {
            byTopic.add(Label.key("Topic." + fact.topic().name()), fact.month(), 1);
            byLanguage.add(Label.language(fact.language()), fact.month(), 1);
            Label municipality = municipalities.stream().filter(m -> fact.municipalityId() != null
                    && m.id() == fact.municipalityId()).findFirst().map(m -> Label.text(m.name()))
                    .orElse(Label.key(UNKNOWN_MUNICIPALITY));
            byMunicipality.add(municipality, fact.month(), 1);
            perMonth[period.months().indexOf(fact.month())]++;
            if (fact.firstAnswerSeconds() != null) {
                answerSeconds.add(fact.firstAnswerSeconds());
            }
            if (fact.inTime() != null) {
                due++;
                inTime += fact.inTime() ? 1 : 0;
            }
        }
        List<Statistic> statistics = new ArrayList<>();
        statistics.add(new Statistic("questions-first-answer-median", "office.monitoring.questions.median",
                median(answerSeconds) / 3600.0, Statistic.Unit.HOURS, answerSeconds.size()));
        statistics.add(new Statistic("questions-answered-in-time", "office.monitoring.questions.intime",
                due == 0 ? 0 : 100.0 * inTime / due, Statistic.Unit.PERCENT, due));
        return new FigureSection("questions", "office.monitoring.questions.title", ORDER,
                List.of(byTopic.table("questions-topic", "office.monitoring.questions.topic",
                        "office.monitoring.topic"),
                        byLanguage.table("questions-language", "office.monitoring.questions.language",
                                "office.monitoring.language"),
                        byMunicipality.table("questions-municipality", "office.monitoring.questions.municipality",
                                "office.monitoring.municipality", true, FigureTable.Chart.NONE)),
                statistics, new FigureSection.Channel("office.monitoring.channel.questions", perMonth));
    }

    /**
     * The questions that came in during the period: the counts of removed threads, and the threads still held. Whether
     * a held thread was answered in time is known once it was answered, or once its first answer is overdue.
     */
    private List<Fact> facts(Period period) {
        List<Fact> facts = new ArrayList<>();
        for (QuestionCount count : em.createNamedQuery(QuestionCount.IN_MONTHS, QuestionCount.class)
                .setParameter("first", period.firstMonth().toString())
                .setParameter("last", period.lastMonth().toString()).getResultList()) {
            facts.add(new Fact(Period.month(count.getYearMonth()), count.getTopic(), count.getLanguage(),
                    count.getMunicipalityId(), count.getFirstAnswerSeconds(), count.getAnsweredInTime()));
        }
        Instant now = clock.instant();
        for (Object[] row : em.createNamedQuery(QuestionThread.FACTS_CAME_IN, Object[].class)
                .setParameter("start", period.start()).setParameter("end", period.end()).getResultList()) {
            Instant createdAt = (Instant) row[0];
            Instant firstAnswerAt = (Instant) row[4];
            Instant due = WorkingDays.due(createdAt, firstAnswerDays, Languages.LOCAL_TIME);
            Boolean inTime = firstAnswerAt != null
                    ? Boolean.valueOf(firstAnswerAt.isBefore(due))
                    : now.isBefore(due) ? null : Boolean.FALSE;
            facts.add(new Fact(YearMonth.from(createdAt.atZone(Period.ZONE)), (Topic) row[1], (String) row[2],
                    (Long) row[3],
                    firstAnswerAt == null ? null : Duration.between(createdAt, firstAnswerAt).toSeconds(), inTime));
        }
        return facts;
    }

    private static double median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
