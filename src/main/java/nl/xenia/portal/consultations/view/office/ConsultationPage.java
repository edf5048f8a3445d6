package nl.xenia.portal.consultations.view.office;

/**
 * What the pages of one consultation share: its id, from the address ({@code ?id=}, a view parameter) or, on a post,
 * from the form's hidden field, read when first asked (a post's forms are found before view parameters are set).
 */
public abstract class ConsultationPage {

    private Long id;

    /** The consultation's id, or null when the request names none (or something that is no number). */
    public Long getId() {
        if (id == null) {
            id = ConsultationOffice.number("id");
        }
        return id;
    }

    /** The id as the address has it (anything but a number answers 404). */
    public String getIdParam() {
        return getId() == null ? null : String.valueOf(getId());
    }

    public void setIdParam(String typed) {
        id = ConsultationOffice.parse(typed);
    }
}
