package nl.xenia.portal.localization.view;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.localization.control.PublicPaths;
import org.primefaces.context.PrimeFacesContext;

/**
 * Makes Faces speak in the URL's language: the view's locale is the request language, and every
 * URL Faces writes for a view (form actions, redirects, bookmarkable links) is the language-prefixed
 * page URL ({@code /{lang}/{page}}, for the office {@code /office/{lang}/{page}}), never the view's
 * file name.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return Locale.forLanguageTag(language(context));
    }

    /**
     * Public views are stateless from the moment they exist, so that Faces never creates a session
     * (and a cookie) for a public page or form: the {@code transient} of {@code <f:view>} would
     * only take effect after MyFaces has already decided to create one.
     */
    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && PublicPaths.isPublicView(viewId)) {
            root.setTransient(true);
            // public pages carry their own hash-based policy; PrimeFaces' nonce policy is for the office
            PrimeFacesContext.getCspState(context).setInitialized(true);
        }
        return root;
    }

    /** Also states the page's language in the response's {@code Content-Language}. */
    @Override
    public void renderView(FacesContext context, UIViewRoot root) throws IOException {
        context.getExternalContext().setResponseHeader("Content-Language", language(context));
        super.renderView(context, root);
    }

    /**
     * The view's address under the request's language; for a protected view (faces-config) with the
     * session's token, as Faces' own handler would add it (links, redirects and form actions alike).
     */
    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String contextPath = context.getExternalContext().getRequestContextPath();
        String url = contextPath + (OfficePaths.isOfficeView(viewId)
                ? OfficePaths.url(language(context), OfficePaths.page(viewId))
                : PublicPaths.url(language(context), PublicPaths.page(viewId)));
        if (!isProtected(viewId)) {
            return url;
        }
        String token = context.getRenderKit().getResponseStateManager()
                .getCryptographicallyStrongTokenFromSession(context);
        return url + "?" + ResponseStateManager.NON_POSTBACK_VIEW_TOKEN_PARAM + "="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private boolean isProtected(String viewId) {
        return getProtectedViewsUnmodifiable().stream()
                .anyMatch(pattern -> pattern.equals(viewId)
                        || pattern.endsWith("/*") && viewId.startsWith(pattern.substring(0, pattern.length() - 1))
                        || pattern.startsWith("*.") && viewId.endsWith(pattern.substring(1)));
    }

    static String language(FacesContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        return RequestLanguage.of(request, CDI.current().select(Languages.class).get());
    }
}
