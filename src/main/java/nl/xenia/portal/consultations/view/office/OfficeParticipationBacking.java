package nl.xenia.portal.consultations.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import nl.xenia.portal.consultations.boundary.ConsultationDesk;
import nl.xenia.portal.consultations.boundary.StaffViews;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/participation (admins): per member of the sounding board, by pseudonym, how many consultations they answered
 * and how many sessions they came to in a year ({@code ?year=}, this year when none), for the volunteer fee; as a table
 * and ({@code &download=csv}) as a CSV file named by the year only. Pseudonyms and counts, nothing else.
 */
@Named
@RequestScoped
public class OfficeParticipationBacking {

    /** How many years back the chooser offers. */
    static final int YEARS_BACK = 5;

    @Inject
    ConsultationDesk desk;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private String yearParam;
    private List<StaffViews.Participation> rows;

    /** The view action: the CSV when the address asks for it. */
    public void load() {
        if (ConsultationOffice.csvAsked()) {
            ConsultationOffice.download("participation-" + getYear() + ".csv",
                    desk.participationCsv(session.getSignedIn(), getYear(), messages.getLang()));
        }
    }

    /** The year in the address when it is one the chooser offers (or a later one up to this year), else this one. */
    public int getYear() {
        Long asked = ConsultationOffice.parse(yearParam);
        int thisYear = getThisYear();
        return asked != null && asked >= thisYear - YEARS_BACK && asked <= thisYear ? asked.intValue() : thisYear;
    }

    private int getThisYear() {
        return clock.instant().atZone(Languages.LOCAL_TIME).getYear();
    }

    /** The years to choose from, this one first. */
    public List<Integer> getYears() {
        int thisYear = getThisYear();
        return IntStream.rangeClosed(0, YEARS_BACK).mapToObj(back -> thisYear - back).toList();
    }

    /** The members' participation in the year. */
    public List<StaffViews.Participation> getRows() {
        if (rows == null) {
            rows = desk.participation(session.getSignedIn(), getYear());
        }
        return rows;
    }

    /** Where the year chooser sends its GET: this page in the office's language. */
    public String getAction() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return request.getContextPath() + OfficePaths.url(messages.getLang(), "participation");
    }

    public String getYearParam() {
        return yearParam;
    }

    public void setYearParam(String yearParam) {
        this.yearParam = yearParam;
    }
}
