package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.boundary.MyAccount;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.boundary.OfficeRegistry;
import nl.xenia.portal.staff.boundary.SignIn;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.WaitingWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * office/dashboard (what waits for the member, from every component's {@link WaitingWork}), and the
 * office template's signed-in line, language links and sign-out.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    OfficeSession session;

    @Inject
    MyAccount myAccount;

    @Inject
    SignIn login;

    @Inject
    @Any
    Instance<WaitingWork> work;

    @Inject
    OfficeRegistry registry;

    @Inject
    HttpServletRequest request;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    @Inject
    @ConfigProperty(name = "xenia.office.languages", defaultValue = "nl,en")
    List<String> officeLanguages;

    /** One tile: a translated count and the address of the office page it links to. */
    public record Tile(String text, String href) {
    }

    /** One entry of the office's navigation: its id ({@code nav-<page>}), label and address. */
    public record NavigationLink(String id, String label, String href, boolean current) {
    }

    /** One entry of the office's language links. */
    public record LanguageLink(String code, String endonym, String href, boolean current) {
    }

    public SignedIn getMember() {
        return session.getSignedIn();
    }

    /** Signed in, but not (yet) given the organisation's key by an admin. */
    public boolean isWithoutKey() {
        return session.getSignedIn() != null && !myAccount.hasAccess(session.getSignedIn());
    }

    /**
     * The navigation: every page a component contributes with an entry, that the signed-in member may open
     * (role pages only once they hold the organisation's key), in the components' order.
     */
    public List<NavigationLink> getNavigation() {
        SignedIn member = session.getSignedIn();
        if (member == null) {
            return List.of();
        }
        Object current = request.getAttribute(RequestLanguage.OFFICE_PAGE_ATTRIBUTE);
        return registry.navigationFor(new OfficeRegistry.SignedInRoles(member.roles(), session.hasKeyAccess()))
                .stream().map(page -> new NavigationLink("nav-" + page.name(), messages.get(page.navigationKey()),
                        href(page), page.name().equals(current)))
                .toList();
    }

    /** The page's {@code <title>}: its own title, then the office's name ("Vragen — Xenia-kantoor"). */
    public String getTitle() {
        Object current = request.getAttribute(RequestLanguage.OFFICE_PAGE_ATTRIBUTE);
        return registry.page(current instanceof String name ? name : null)
                .map(page -> messages.format("office.page.title", "page", messages.get(page.titleKey())))
                .orElseGet(() -> messages.get("office.title"));
    }

    /** A page's address in the request's language. */
    private static String href(OfficePage page) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getViewHandler().getBookmarkableURL(context, page.view(), Map.of(), false);
    }

    /** What waits for the signed-in member, in the order the components give. */
    public List<Tile> getTiles() {
        SignedIn member = session.getSignedIn();
        if (member == null) {
            return List.of();
        }
        return work.stream().flatMap(queue -> queue.waitingFor(member).stream())
                .filter(waiting -> waiting.count() > 0).sorted(Comparator.comparingInt(WaitingWork.Waiting::order))
                .map(waiting -> new Tile(messages.format(waiting.labelKey(), "count", waiting.count()),
                        registry.page(waiting.page()).map(DashboardBacking::href).orElseThrow()))
                .toList();
    }

    /** The same office page in each office language (the query kept: it names the item or the list's view). */
    public List<LanguageLink> getLanguages() {
        Object page = request.getAttribute(RequestLanguage.OFFICE_PAGE_ATTRIBUTE);
        String officePage = page instanceof String known ? known : "login";
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return languages.all().stream().filter(language -> officeLanguages.contains(language.code()))
                .map(language -> new LanguageLink(language.code(), language.endonym(),
                        request.getContextPath() + OfficePaths.url(language.code(), officePage) + query,
                        language.code().equals(messages.getLang())))
                .toList();
    }

    /** Sign-out (a POST): ends the session and tells the browser to forget this site's data. */
    public void signOut() {
        if (session.getSignedIn() != null) {
            login.signedOut(session.getSignedIn());
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ((HttpServletResponse) context.getExternalContext().getResponse()).setHeader("Clear-Site-Data",
                "\"cache\", \"cookies\", \"storage\"");
        context.getExternalContext().invalidateSession();
        OfficePages.redirect("login");
    }
}
