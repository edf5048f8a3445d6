package nl.xenia.portal.consultations.view.office;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.xenia.portal.consultations.boundary.ConsultationDesk;
import nl.xenia.portal.consultations.boundary.ConsultationException;
import nl.xenia.portal.consultations.boundary.StaffViews;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.view.office.OfficePages;

/**
 * What the consultations' office beans share: a refusal in words, which form was posted, a number from the request,
 * moments in Europe/Amsterdam, a consultation's row, a CSV answered as a download.
 */
final class ConsultationOffice {

    private ConsultationOffice() {
    }

    /** The refusal's words ({@code ConsultationException.Problem.NAME}). */
    static String problem(Messages messages, ConsultationException refused) {
        String problem = messages.get("ConsultationException.Problem." + refused.getProblem().name());
        return refused.getQuestionNumber() > 0
                ? messages.format("office.consultation.message.error.question", "number",
                        refused.getQuestionNumber(), "problem", problem)
                : problem;
    }

    /** The refusal above the form. */
    static void refused(Messages messages, ConsultationException refused) {
        OfficePages.errorText(problem(messages, refused));
    }

    /** What the boundary reads, or null when what the address names does not exist (the page then answers 404). */
    static <T> T unlessGone(Supplier<T> read) {
        try {
            return read.get();
        } catch (ConsultationException refused) {
            if (refused.getProblem() != ConsultationException.Problem.GONE) {
                throw refused;
            }
            return null;
        }
    }

    /** Whether this request posts the form with this id (its fields then hold what was typed). */
    static boolean posted(String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> form = context.getExternalContext().getRequestParameterMap();
        // MyFaces marks the posted form with {id}_SUBMIT, the specification's renderers with {id}
        return context.isPostback() && (form.containsKey(formId + "_SUBMIT") || form.containsKey(formId));
    }

    /** A request parameter (from the address or the posted form), or null. */
    static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** A number from the request, or null. */
    static Long number(String name) {
        return parse(param(name));
    }

    /** A number as typed, or null when it is none. */
    static Long parse(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Whether the request names an item by something that is no number ({@code ?id=abc}): a page answers 404. */
    static boolean forged(String name) {
        String value = param(name);
        return value != null && !value.isBlank() && parse(value) == null;
    }

    /** A day and a time of day in the Netherlands as a moment, or null when either is missing. */
    static Instant at(LocalDate day, LocalTime time) {
        return day == null || time == null ? null : day.atTime(time).atZone(Languages.LOCAL_TIME).toInstant();
    }

    /** A moment's day in the Netherlands, or null. */
    static LocalDate day(Instant when) {
        return when == null ? null : when.atZone(Languages.LOCAL_TIME).toLocalDate();
    }

    /** A moment's time of day in the Netherlands, or null. */
    static LocalTime time(Instant when) {
        return when == null ? null : when.atZone(Languages.LOCAL_TIME).toLocalTime();
    }

    /** A moment the office's way ("di 2 jun. 19:00"), or "" when there is none. */
    static String moment(String language, Instant when) {
        return when == null ? "" : Languages.dateTime(language, when);
    }

    /** Day and time, start to end ("di 2 jun. 19:00–21:00"). */
    static String when(String language, Instant start, Instant end) {
        return Languages.date(language, start) + " " + Languages.time(language, start) + "–"
                + Languages.time(language, end);
    }

    /** The consultation as the list shows it (its title in the office's language), or empty when there is none. */
    static Optional<StaffViews.Row> row(ConsultationDesk desk, SignedIn staff, long id, String language) {
        return desk.list(staff, language).stream().filter(row -> row.id() == id).findFirst();
    }

    /** Where a consultation stands, in words: not published yet, or its stage. */
    static String stage(Messages messages, StaffViews.Row row) {
        return row.published()
                ? messages.get("ConsultationStage." + row.stage().name())
                : messages.get("office.consultations.stage.unpublished");
    }

    /** Whether the request asks for the page's CSV ({@code &download=csv}). */
    static boolean csvAsked() {
        return "csv".equals(param("download"));
    }

    /**
     * Answers the request with a CSV file of this name (neutral: ids and years only, never a title or a name), and
     * ends the Faces request.
     */
    static void download(String fileName, String csv) {
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        context.responseComplete();
    }
}
