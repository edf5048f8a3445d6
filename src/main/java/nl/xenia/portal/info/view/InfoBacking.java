package nl.xenia.portal.info.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.xenia.portal.info.boundary.InfoPageReads;
import nl.xenia.portal.info.boundary.InfoPages;
import nl.xenia.portal.info.control.TextSearch;
import nl.xenia.portal.info.entity.InfoPage;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;

/**
 * The public information pages: the topic tiles ({@code /{lang}/info}), one page by its neutral
 * address ({@code /{lang}/info/p7}; the old telling address {@code /{lang}/info/{slug}} answers with a
 * permanent redirect to it) and search ({@code /{lang}/info/search}, a POST so the words never
 * land in the browser's history).
 */
@Named("info")
@RequestScoped
public class InfoBacking {

    /**
     * Set on the request when this bean answered a page's address: whether it showed the page (a read when it was a
     * GET, counted here) or not; a GET of the address without it was answered by the public page cache
     * ({@link KeptPageReads}).
     */
    public static final String SHOWN_ATTRIBUTE = InfoBacking.class.getName() + ".shown";

    @Inject
    InfoPages pages;

    @Inject
    InfoPageReads reads;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    @Inject
    HttpServletRequest request;

    private InfoPages.Page page;
    private List<InfoPages.Hit> hits;

    /**
     * The item view's action: the page named by the neutral address, a permanent redirect from a page's
     * old slug address to its neutral one, or the 404 page. A page shown for a GET is one read, under the language
     * asked for (HEAD reads nothing).
     */
    public void loadPage() {
        Object item = request.getAttribute(RequestLanguage.ITEM_ATTRIBUTE);
        String name = item instanceof String text ? text : null;
        page = name == null ? null : pages.page(name, messages.getLang()).orElse(null);
        request.setAttribute(SHOWN_ATTRIBUTE, page != null);
        if (page != null) {
            if ("GET".equals(request.getMethod())) {
                reads.read(InfoPage.idOf(page.address()), page.requestedLanguage());
            }
            return;
        }
        String moved = name == null || InfoPage.isAddress(name) ? null : pages.addressOfSlug(name).orElse(null);
        if (moved != null) {
            FacesContext context = FacesContext.getCurrentInstance();
            HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", href(moved));
            context.responseComplete();
            return;
        }
        NotFound.answer();
    }

    public List<InfoPages.Tile> getTiles() {
        return pages.topics(messages.getLang());
    }

    public InfoPages.Page getPage() {
        return page;
    }

    /** The page's "last checked" date, written the reader's way. */
    public String getCheckedOn() {
        return page == null || page.lastChecked() == null
                ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(Locale.forLanguageTag(messages.getLang()))
                        .format(page.lastChecked());
    }

    /** The notice above a page shown in another language than the reader's, naming it the reader's way. */
    public String getFallbackNotice() {
        return messages.format("info.page.fallback", "shown", languageName(page.language()));
    }

    /**
     * The mark on a link to a page that opens in another language than the reader's ("în engleză"), or
     * null when it opens in the reader's language.
     */
    public String otherLanguage(String code) {
        return code == null || code.equals(messages.getLang())
                ? null
                : messages.format("info.page.language.other", "language", languageName(code));
    }

    /** The name of a language in the reader's language, as the reader's language writes it ("engleză"). */
    public String languageName(String code) {
        return Languages.name(code, messages.getLang());
    }

    /** The name of a language in that language (for lang attributes and notices). */
    public String endonym(String code) {
        return languages.all().stream().filter(language -> language.code().equals(code))
                .map(Languages.Language::endonym).findFirst().orElse(code);
    }

    /** The words searched for (from the POST), as typed, limited in length. */
    public String getQuery() {
        String query = "POST".equals(request.getMethod()) ? request.getParameter("q") : null;
        return query == null ? "" : query.substring(0, Math.min(query.length(), TextSearch.MAX_QUERY));
    }

    public boolean isSearched() {
        return !getQuery().isBlank();
    }

    public List<InfoPages.Hit> getHits() {
        if (hits == null) {
            hits = pages.search(messages.getLang(), getQuery());
        }
        return hits;
    }

    public List<InfoPages.MunicipalityRow> getMunicipalities() {
        return pages.municipalities(messages.getLang());
    }

    /** Where the search form posts, in the reader's language. */
    public String getSearchAction() {
        return request.getContextPath() + "/" + messages.getLang() + "/info/search";
    }

    /** The link to a page by its neutral address, in the reader's language (its text may be a fallback). */
    public String href(String address) {
        return request.getContextPath() + "/" + messages.getLang() + "/info/" + address;
    }
}
