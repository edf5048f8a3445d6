package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages the office template shows above a page's content: those an action kept before its redirect
 * ({@link OfficeNotices}) and those of this request (a refused action, a page that could not load). Plain
 * markup in the template (a status region with a paragraph each), so that assistive technology reads them and
 * checkers find no list item pretending to be an alert.
 */
@Named
@RequestScoped
public class OfficeMessages {

    @Inject
    OfficeNotices notices;

    private List<OfficeNotices.Notice> shown;

    /** Every message for this page, each once, kept ones first. */
    public List<OfficeNotices.Notice> getAll() {
        if (shown == null) {
            List<OfficeNotices.Notice> all = new ArrayList<>(notices.take());
            FacesContext.getCurrentInstance().getMessageList().stream().map(OfficeNotices.Notice::of)
                    .filter(notice -> !all.contains(notice)).forEach(all::add);
            shown = List.copyOf(all);
        }
        return shown;
    }
}
