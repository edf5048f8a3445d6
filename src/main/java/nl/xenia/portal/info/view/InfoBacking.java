package nl.xenia.portal.info.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.xenia.portal.info.boundary.InfoPages;
import nl.xenia.portal.info.control.TextSearch;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;

/**
 * The public information pages: the topic tiles ({@code /{lang}/info}), one page
 * ({@code /{lang}/info/{slug}}) and search ({@code /{lang}/info/search}, a POST so the words never
 * land in the browser's history).
 */
@Named("info")
@RequestScoped
public class InfoBacking {

    @Inject
    InfoPages pages;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    @Inject
    HttpServletRequest request;

    private InfoPages.Page page;
    private List<InfoPages.Hit> hits;

    /** The item view's action: the page named by the address, or the 404 page. */
    public void loadPage() {
        Object slug = request.getAttribute(RequestLanguage.ITEM_ATTRIBUTE);
        page = slug instanceof String name ? pages.page(name, messages.getLang()).orElse(null) : null;
        if (page == null) {
            NotFound.answer();
        }
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

    /** The notice above a page shown in another language than the reader's. */
    public String getFallbackNotice() {
        return messages.format("info.page.fallback", "shown", endonym(page.language()));
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

    /** The link to a page in the reader's language (its text may be a fallback). */
    public String href(String slug) {
        return request.getContextPath() + "/" + messages.getLang() + "/info/" + slug;
    }
}
