package nl.xenia.portal.consultations.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A member of staff driving the office's consultation pages over HTTP, as a browser without JavaScript would: the
 * list, the editor (its form, a question added, moved or removed by posting the whole form), the steps that ask first
 * (publish, close now, delete), sessions and who came, results, outcome and the participation record. Each action
 * returns the answer to its post (a 303 when done, the page with the refusal otherwise); what a page shows is read
 * back as records. For the office in Dutch unless made for another language.
 */
public final class ConsultationOfficeClient {

    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

    private final OfficeHttp office;
    private final String language;

    public ConsultationOfficeClient(OfficeHttp office) {
        this(office, "nl");
    }

    public ConsultationOfficeClient(OfficeHttp office, String language) {
        this.office = office;
        this.language = language;
    }

    public OfficeHttp office() {
        return office;
    }

    /** An office page's path in the client's language. */
    public String path(String page) {
        return "/office/" + language + "/" + page;
    }

    /** One consultation in the list, as its row reads. */
    public record Row(long id, String title, String answering, String opens, String closes, String stage,
            String answered, String outcome) {
    }

    /** Posts the editor's form (of a new consultation, or of one by id) with these fields and the button. */
    public HttpResponse<String> post(HttpResponse<String> editor, Map<String, String> fields, String button) {
        return office.submit(editor, "consultation", fields, button);
    }

    /** The editor of a new consultation. */
    public HttpResponse<String> newEditor() {
        HttpResponse<String> page = office.get(path("consultation"));
        assertEquals(200, page.statusCode(), "expected the editor of a new consultation");
        return page;
    }

    /** The editor of a consultation. */
    public HttpResponse<String> editor(long id) {
        return office.get(path("consultation?id=" + id));
    }

    /** The page of a step that asks first ({@code publish}, {@code close}, {@code delete}), then its button. */
    public HttpResponse<String> confirm(long id, String step) {
        HttpResponse<String> question = office.get(path("consultation?id=" + id + "&step=" + step));
        assertNotNull(Portal.html(question).getElementById("ask-question"),
                "expected the page to ask first (" + step + "): " + Portal.html(question).select("#main").text());
        return office.submit(question, "ask-form", Map.of(), "ask-form:" + step);
    }

    /** The rows of the list. */
    public List<Row> rows() {
        HttpResponse<String> page = office.get(path("consultations"));
        assertEquals(200, page.statusCode(), "expected the list of consultations");
        Document html = Portal.html(page);
        return html.select("#list\\:consultations tbody tr").stream()
                .filter(row -> row.selectFirst("a.consultation-link") != null).map(row -> {
                    List<Element> cells = row.select("> td");
                    return new Row(idIn(row.selectFirst("a.consultation-link").attr("href")), cell(cells.get(0)),
                            cell(cells.get(1)), cell(cells.get(2)), cell(cells.get(3)), cell(cells.get(4)),
                            cell(cells.get(5)), cell(cells.get(6)));
                }).toList();
    }

    /** The row of the consultation whose title contains the text. */
    public Row row(String titlePart) {
        List<Row> found = rows().stream().filter(row -> row.title().contains(titlePart)).toList();
        assertEquals(1, found.size(), "expected one consultation titled with " + titlePart + ": " + found);
        return found.get(0);
    }

    /** A page of a consultation ({@code consultation-results}, …). */
    public HttpResponse<String> page(String page, long id) {
        HttpResponse<String> answer = office.get(path(page + "?id=" + id));
        assertEquals(200, answer.statusCode(), "expected " + page + " of consultation " + id);
        return answer;
    }

    /** The value of a field of a page's form (an input's value, a text area's text, a select's chosen option). */
    public static String field(HttpResponse<String> page, String id) {
        Element field = Portal.html(page).getElementById(id);
        assertNotNull(field, "expected the field " + id + " on " + page.uri());
        return switch (field.tagName()) {
            case "textarea" -> field.wholeText();
            case "select" -> field.select("option[selected]").val();
            default -> field.val();
        };
    }

    /** The id in an address ({@code …/consultation?id=4}). */
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
