package nl.xenia.portal.meetups.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A member of staff driving the office's meetup pages over HTTP, as a browser without JavaScript would: the list and
 * its views, a new meetup (once or a series), a change of one occurrence or the later ones, cancelling (the question
 * first), how many came, the check-in list and the dashboard's count. Each action returns the answer to its post (a
 * 303 when done, the page with the refusal otherwise); what a page shows is read back as records. For the office in
 * Dutch unless made for another language.
 */
public final class MeetupOfficeClient {

    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final OfficeHttp office;
    private final String language;

    public MeetupOfficeClient(OfficeHttp office) {
        this(office, "nl");
    }

    public MeetupOfficeClient(OfficeHttp office, String language) {
        this.office = office;
        this.language = language;
    }

    public OfficeHttp office() {
        return office;
    }

    /** An office page's path in the client's language ({@code meetup?id=4} → {@code /office/nl/meetup?id=4}). */
    public String path(String page) {
        return "/office/" + language + "/" + page;
    }

    /** One occurrence in the list, as its row reads. */
    public record Row(long id, String when, String title, String area, String host, String languages,
            String places, String waiting, String status) {
    }

    /** The check-in list: the heading's facts and the nicknames of those coming and of those waiting, in turn. */
    public record Checkin(String when, String area, List<String> coming, List<String> waiting, String page) {
    }

    /**
     * The fields of a meetup's form for a plan in one language: a title and description in that language, hosted by
     * peers, Dutch spoken, on a day from {@code start} to {@code end} ("19:00"), at the area and address, with the
     * places (the waiting list as the form has it). A mutable map: add or replace fields before posting.
     */
    public static Map<String, String> plan(String textLanguage, String title, LocalDate day, String start,
            String end, String area, String address, int capacity) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title-" + textLanguage, title);
        fields.put("description-" + textLanguage, "About " + title);
        fields.put("meetup:hostKind", "PEER");
        fields.put("meetup:host", "Host " + title);
        fields.put("meetup:languages", "nl");
        fields.put("meetup:day", day.toString());
        fields.put("meetup:start", start);
        fields.put("meetup:end", end);
        fields.put("meetup:area", area);
        fields.put("meetup:address", address);
        fields.put("meetup:capacity", String.valueOf(capacity));
        return fields;
    }

    /** Posts the new meetup's form with these fields (as {@link #plan}, plus a repetition when wanted). */
    public HttpResponse<String> planNew(Map<String, String> fields) {
        return office.submit(path("meetup"), "meetup", fields, "meetup:save");
    }

    /** Plans one meetup and returns its id (from the address the post leads to). */
    public long planOne(Map<String, String> fields) {
        HttpResponse<String> planned = planNew(fields);
        assertEquals(303, planned.statusCode(), "expected the meetup planned: " + OfficeHttp.messages(planned));
        return idIn(planned.headers().firstValue("Location").orElseThrow());
    }

    /** Posts the form of an occurrence with these fields changed (others as the page shows them). */
    public HttpResponse<String> change(long id, Map<String, String> fields) {
        return office.submit(meetup(id), "meetup", fields, "meetup:save");
    }

    /** The occurrence's page. */
    public HttpResponse<String> meetup(long id) {
        return office.get(path("meetup?id=" + id));
    }

    /**
     * Cancels an occurrence through its question: opens the question ({@code &step=cancel}), then posts it with the
     * reason whose text is given (none when null) and the scope ({@code ONE}, {@code REST}; as the page has it when
     * null).
     */
    public HttpResponse<String> cancel(long id, String reasonText, String scope) {
        HttpResponse<String> question = office.get(path("meetup?id=" + id + "&step=cancel"));
        assertNotNull(Portal.html(question).getElementById("cancel-question"),
                "expected the cancellation asked first: " + Portal.html(question).select("#main").text());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cancel:reason", reasonText == null ? "" : option(question, "cancel:reason", reasonText));
        if (scope != null) {
            fields.put("cancel:scope", scope);
        }
        return office.submit(question, "cancel", fields, "cancel:confirm");
    }

    /** Posts how many came. */
    public HttpResponse<String> recordCame(long id, String came) {
        return office.submit(meetup(id), "came", Map.of("came:came", came), "came:save");
    }

    /** The value of the option with this text in a select of the page (e.g. a reason by its text). */
    public static String option(HttpResponse<String> page, String selectId, String text) {
        Element select = Portal.html(page).getElementById(selectId);
        assertNotNull(select, "expected the choice " + selectId + " on " + page.uri());
        return select.select("option").stream().filter(option -> option.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("expected '" + text + "' among " + select.select("option")
                        .eachText()))
                .attr("value");
    }

    /** The list's page of a view ({@code upcoming}, {@code full}, {@code past}), from a day when given. */
    public HttpResponse<String> list(String view, LocalDate from) {
        HttpResponse<String> page = office.get(path("meetups?view=" + view + (from == null ? "" : "&from=" + from)));
        assertEquals(200, page.statusCode(), "expected the list of meetups");
        return page;
    }

    /** The rows of a list's page. */
    public static List<Row> rows(HttpResponse<String> page) {
        Document html = Portal.html(page);
        return html.select("#list\\:meetups tbody tr").stream().filter(row -> row.selectFirst("a.meetup-link") != null)
                .map(row -> {
                    List<Element> cells = row.select("> td");
                    return new Row(idIn(row.selectFirst("a.meetup-link").attr("href")), cell(cells.get(0)),
                            cell(cells.get(1)), cell(cells.get(2)), cell(cells.get(3)), cell(cells.get(4)),
                            cell(cells.get(5)), cell(cells.get(6)), cell(cells.get(7)));
                }).toList();
    }

    /** The rows of a view whose title contains the text. */
    public List<Row> rows(String view, LocalDate from, String titlePart) {
        return rows(list(view, from)).stream().filter(row -> row.title().contains(titlePart)).toList();
    }

    /** The check-in list of an occurrence. */
    public Checkin checkin(long id) {
        HttpResponse<String> page = office.get(path("meetup-checkin?id=" + id));
        assertEquals(200, page.statusCode(), "expected the check-in list");
        Document html = Portal.html(page);
        return new Checkin(html.getElementById("when").text(), html.getElementById("area").text(),
                html.select("#coming td.nickname").eachText(), html.select("#waiting td.nickname").eachText(),
                page.body());
    }

    /** The dashboard's count of meetups to come that are full or have people waiting (0 without its tile). */
    public long dashboardCount() {
        HttpResponse<String> dashboard = office.get(path("dashboard"));
        assertEquals(200, dashboard.statusCode(), "expected the dashboard");
        Element tile = Portal.html(dashboard).select("a.tile").stream()
                .filter(link -> link.attr("href").contains("/meetups?view=full")).findFirst().orElse(null);
        if (tile == null) {
            return 0;
        }
        Matcher number = NUMBER.matcher(tile.text());
        assertTrue(number.find(), "expected a number in the tile: " + tile.text());
        return Long.parseLong(number.group());
    }

    /** The value of a field of a page's form (an input's value, a text area's text). */
    public static String field(HttpResponse<String> page, String id) {
        Element field = Portal.html(page).getElementById(id);
        assertNotNull(field, "expected the field " + id + " on " + page.uri());
        return field.tagName().equals("textarea") ? field.wholeText() : field.val();
    }

    /** The id in an address ({@code …/meetup?id=4}). */
    public static long idIn(String address) {
        Matcher id = ID.matcher(address);
        assertTrue(id.find(), "expected an id in " + address);
        return Long.parseLong(id.group(1));
    }

    private static String cell(Element cell) {
        Element title = cell.selectFirst(".ui-column-title");
        String text = cell.text();
        return title == null ? text : text.substring(title.text().length()).strip();
    }
}
