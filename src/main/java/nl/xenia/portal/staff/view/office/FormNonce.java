package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;

/** The hidden field {@link FormNonceField} renders into each office form: the page's nonce, or nothing. */
@Named
@RequestScoped
public class FormNonce {

    /** {@code <input type="hidden" name="primefaces.nonce" value="…">}; the nonce is base64 (checked, not escaped). */
    public String getField() {
        Map<String, Object> view = FacesContext.getCurrentInstance().getViewRoot().getViewMap(false);
        Object nonce = view == null ? null : view.get(FormNonceCheck.NONCE);
        if (!(nonce instanceof String value) || !value.matches("[A-Za-z0-9+/=_-]{8,200}")) {
            return "";
        }
        return "<input type=\"hidden\" name=\"" + FormNonceCheck.NONCE + "\" value=\"" + value + "\"/>";
    }
}
