package nl.xenia.portal.localization.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.localization.boundary.Translated;
import nl.xenia.portal.localization.control.PublicPaths;
import nl.xenia.portal.operations.boundary.PublicPageCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the public template needs about the page it frames: the canonical URL, the same page in
 * every other language (for {@code hreflang} and the language picker).
 */
@Named
@RequestScoped
public class PublicPageBacking {

    @Inject
    HttpServletRequest request;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    @Inject
    @ConfigProperty(name = "xenia.public.url", defaultValue = "http://localhost:9080")
    String publicUrl;

    /** One entry of the language picker. */
    public record LanguageLink(String code, String endonym, String href, String absoluteHref, boolean current) {
    }

    /** The request's language code, for the page's {@code lang} attribute. */
    public String getLang() {
        return messages.getLang();
    }

    /** The page path after {@code /{lang}/}, or null on an error page. */
    public String getPage() {
        Object page = request.getAttribute(RequestLanguage.PAGE_ATTRIBUTE);
        return page instanceof String path ? path : null;
    }

    public boolean isErrorPage() {
        return getPage() == null;
    }

    /** The pages with a description of their own, by page path: the bundle key {@code <page_path>.description}. */
    private static final Map<String, String> DESCRIBED = Map.of("ask", "ask.description", "inbox",
            "inbox.description", "info", "info.description", "info/search", "info.search.description");
    private static final String SITE_DESCRIPTION = "general.site.description";
    /** The description keys, so the bundle test checks them in every language. */
    static final Translated DESCRIPTIONS = () -> java.util.stream.Stream
            .concat(java.util.stream.Stream.of(SITE_DESCRIPTION), DESCRIBED.values().stream()).sorted().toList();

    /**
     * The page's short description for search results, in its language: its own (see
     * {@link #DESCRIBED}), else the site's, which also describes the home page. A page may put its own
     * markup in the template's {@code description} slot instead (an information page uses its first lines).
     */
    public String getDescription() {
        String page = getPage();
        return messages.get(page == null ? SITE_DESCRIPTION : DESCRIBED.getOrDefault(page, SITE_DESCRIPTION));
    }

    public String getCanonical() {
        return absolute(messages.getLang(), pageOrHome());
    }

    public List<LanguageLink> getLanguages() {
        String page = pageOrHome();
        String current = messages.getLang();
        return languages.all().stream()
                .map(language -> new LanguageLink(language.code(), language.endonym(),
                        request.getContextPath() + PublicPaths.url(language.code(), page),
                        absolute(language.code(), page), language.code().equals(current)))
                .toList();
    }

    /** The home page in the request's language. */
    public String getHome() {
        return request.getContextPath() + PublicPaths.url(messages.getLang(), "");
    }

    /**
     * Declares the page the same for every reader, so it may be kept and served again for a short
     * while (called from the page's {@code f:viewAction}).
     */
    public void shareable() {
        PublicPageCache.markShareable(request);
    }

    /** Quick exit, as a plain link that works without JavaScript. */
    public String getExit() {
        return request.getContextPath() + "/exit";
    }

    private String pageOrHome() {
        String page = getPage();
        return page == null ? "" : page;
    }

    private String absolute(String language, String page) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + PublicPaths.url(language, page);
    }
}
