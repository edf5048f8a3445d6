package nl.xenia.portal.localization.control;

import java.util.regex.Pattern;

/**
 * The mapping between a public URL {@code /{lang}/{page}} and the Faces view that renders it:
 * {@code /nl/} is {@code /home.xhtml}, {@code /nl/info/health} is {@code /info/health.xhtml}.
 */
public final class PublicPaths {

    public static final String HOME_VIEW = "/home.xhtml";
    private static final String SUFFIX = ".xhtml";
    private static final Pattern PAGE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*){0,3}");

    private PublicPaths() {
    }

    /**
     * Whether a view is public in the sense of stateless (no servlet session, no cookie of Faces): everything outside
     * the office. The sounding board's member pages are stateless too: a member's session is the members' own cookie
     * and row (see members.boundary.MemberGuard), never the servlet session, whose cookie belongs to the office.
     */
    public static boolean isPublicView(String viewId) {
        return viewId != null && !viewId.startsWith("/office/");
    }

    /** Whether a page path (after {@code /{lang}/}) has the shape of a page name. */
    public static boolean isPagePath(String page) {
        return page.isEmpty() || PAGE.matcher(page).matches();
    }

    /** The view id for a page path: {@code ""} is home. */
    public static String viewId(String page) {
        return page.isEmpty() ? HOME_VIEW : "/" + page + SUFFIX;
    }

    /**
     * The view rendering the items of a folder ({@code info/health} → {@code /info/_item.xhtml}), for
     * a page path with a folder; null for a top-level page. The underscore keeps it from being a page.
     */
    public static String itemView(String page) {
        int slash = page.lastIndexOf('/');
        return slash <= 0 ? null : "/" + page.substring(0, slash) + "/_item" + SUFFIX;
    }

    /** The page path for a view id: the inverse of {@link #viewId(String)}. */
    public static String page(String viewId) {
        if (viewId == null || HOME_VIEW.equals(viewId)) {
            return "";
        }
        String page = viewId.startsWith("/") ? viewId.substring(1) : viewId;
        return page.endsWith(SUFFIX) ? page.substring(0, page.length() - SUFFIX.length()) : page;
    }

    /** The path of a page in a language, from the context root: {@code /ro/} or {@code /ro/info}. */
    public static String url(String language, String page) {
        return "/" + language + "/" + page;
    }
}
