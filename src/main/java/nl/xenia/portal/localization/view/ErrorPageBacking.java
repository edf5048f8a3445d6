package nl.xenia.portal.localization.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The error page: which text to show for the status code, in the language of the failed URL. */
@Named
@RequestScoped
public class ErrorPageBacking {

    /** The statuses with a text of their own; any other shows the text of 500. */
    public static final List<Integer> STATUSES = List.of(400, 403, 404, 405, 413, 500);

    @Inject
    HttpServletRequest request;

    public int getStatus() {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code && STATUSES.contains(code) ? code : 500;
    }

    public String getTitleKey() {
        return "errorpages." + getStatus() + ".title";
    }

    public String getTextKey() {
        return "errorpages." + getStatus() + ".text";
    }
}
