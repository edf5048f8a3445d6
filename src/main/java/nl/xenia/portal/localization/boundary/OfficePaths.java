package nl.xenia.portal.localization.boundary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office's addresses, all under one prefix: {@code /office/{lang}/{page}} ({@code /office/nl/dashboard})
 * is rendered by the view {@code /office/[component/]{page}.xhtml} that a component contributes (staff's
 * OfficeRegistry). One prefix, so that the session cookie's path
 * ({@code /office}, web.xml) covers the office and nothing else: public pages never receive it. The
 * language still lives in the URL. The earlier addresses {@code /{lang}/office/{page}} are only redirected.
 */
public final class OfficePaths {

    /** The office's prefix, from the context root; also the session cookie's path. */
    public static final String PREFIX = "/office";
    /** Where the office's Faces views live. */
    public static final String VIEWS = "/office/";
    private static final String VIEW_SUFFIX = ".xhtml";
    /** {@code /office}, {@code /office/}, {@code /office/{lang}}, {@code /office/{lang}/…}. */
    private static final Pattern ADDRESS = Pattern.compile("/office(?:/|/([a-z]{2,3})(/.*)?)?");
    /** The earlier form {@code /{lang}/office…}, answered with a redirect to the address above. */
    private static final Pattern EARLIER = Pattern.compile("/([a-z]{2,3})/office(/.*)?");
    /** An office page's name: one segment, lower case words joined by hyphens. */
    private static final Pattern PAGE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private OfficePaths() {
    }

    /**
     * An office address taken apart: the language (null for {@code /office} and {@code /office/}) and
     * what follows it ({@code ""}, {@code "/"} or {@code "/dashboard"}).
     */
    public record Address(String language, String rest) {

        /** The page the address names ({@code dashboard}), or null when it names none or not in page form. */
        public String page() {
            if (language == null || rest.length() < 2) {
                return null;
            }
            String page = rest.substring(1);
            return PAGE.matcher(page).matches() ? page : null;
        }
    }

    /** Whether a path (from the context root) is inside the office's prefix. */
    public static boolean isOffice(String path) {
        return path != null && (path.equals(PREFIX) || path.startsWith(VIEWS));
    }

    /** A path (from the context root) as an office address, or null when it is not one. */
    public static Address parse(String path) {
        if (path == null) {
            return null;
        }
        Matcher matcher = ADDRESS.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        return new Address(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2));
    }

    /** A path in the earlier form {@code /{lang}/office…} as its language and rest, or null. */
    public static Address parseEarlier(String path) {
        if (path == null) {
            return null;
        }
        Matcher matcher = EARLIER.matcher(path);
        return matcher.matches()
                ? new Address(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2))
                : null;
    }

    /** The address of an office page, from the context root: {@code url("nl", "dashboard")} is {@code /office/nl/dashboard}. */
    public static String url(String language, String page) {
        return VIEWS + language + "/" + page;
    }

    /** Whether a view id is one of the office's views. */
    public static boolean isOfficeView(String viewId) {
        return viewId != null && viewId.startsWith(VIEWS);
    }

    /**
     * The page an office view renders, named by its file: {@code /office/dashboard.xhtml} is {@code dashboard},
     * {@code /office/questions/question.xhtml} is {@code question}; null for other views.
     */
    public static String page(String viewId) {
        if (!isOfficeView(viewId)) {
            return null;
        }
        String page = viewId.substring(viewId.lastIndexOf('/') + 1);
        return page.endsWith(VIEW_SUFFIX) ? page.substring(0, page.length() - VIEW_SUFFIX.length()) : page;
    }
}
