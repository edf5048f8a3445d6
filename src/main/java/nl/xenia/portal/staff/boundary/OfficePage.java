package nl.xenia.portal.staff.boundary;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.xenia.portal.staff.entity.Role;

/**
 * One page of the office, as the component that owns it contributes it (see {@link OfficeContribution}):
 * its name in the URL ({@code /office/{lang}/{name}}), the Faces view that renders it (a component keeps its
 * views in its own folder, {@code /office/questions/question.xhtml}; the file's name is the page's name), who
 * may open it, and its entry in the office's navigation. Every office page can be bookmarked and linked to
 * (a shared address opens the page after sign-in); cross-site posts are stopped by the session cookie
 * (SameSite=Strict), Faces' view state kept on the server, the form's nonce and {@link OfficeGuard}. The guard, the protected views, the navigation and the dashboard read
 * every page from the {@link OfficeRegistry}; no central list names them.
 *
 * @param name the page's name: lower case words joined by hyphens, unique in the office
 * @param view the view's id, under {@code /office/}, whose file name is {@code name + ".xhtml"}
 * @param access who may open the page
 * @param roles for {@link Access#ROLES} and {@link Access#ROLES_WITHOUT_KEY}: the roles that may (any one of them); empty otherwise
 * @param navigationKey the office bundle key of its navigation entry, or null when it has none
 * @param navigationOrder where its navigation entry stands (lower first)
 * @param item whether the page shows one item named in its query (without one, it answers 404)
 */
public record OfficePage(String name, String view, Access access, Set<Role> roles, String navigationKey,
        int navigationOrder, boolean item, String titleKey) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** A component's view folder may not look like a language code, which the office's addresses start with. */
    private static final Pattern VIEW = Pattern.compile("/office/(?:[a-z][a-z0-9-]{3,}/)?([a-z0-9-]+)\\.xhtml");

    /** Who may open an office page. */
    public enum Access {

        /** Anyone: the sign-in pages. */
        OPEN,
        /** Anyone until the first admin exists; then it is closed like an unknown page (404). */
        UNTIL_FIRST_ADMIN,
        /** Only during a login, after the password (the second step). */
        DURING_LOGIN,
        /** Every signed-in member, even one who does not hold the organisation's key yet. */
        SIGNED_IN,
        /** Signed-in members with one of the page's roles who hold the organisation's key. */
        ROLES,
        /**
         * Signed-in members with one of the page's roles, whether or not they hold the organisation's key: a page that
         * shows nothing sealed (monitoring's counts), so that a role such as REPORTING never needs the key.
         */
        ROLES_WITHOUT_KEY;

        /** Whether the page is open by role. */
        public boolean byRole() {
            return this == ROLES || this == ROLES_WITHOUT_KEY;
        }
    }

    public OfficePage {
        Objects.requireNonNull(access);
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(roles);
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an office page is named in lower case words joined by hyphens");
        }
        var matcher = view == null ? null : VIEW.matcher(view);
        if (matcher == null || !matcher.matches() || !matcher.group(1).equals(name)) {
            throw new IllegalArgumentException("office page " + name + ": its view is /office/[folder/]" + name
                    + ".xhtml, and a folder's name is not a language code");
        }
        if (titleKey == null) {
            titleKey = "office." + name.replace("-", "") + ".title";
        }
        if (access.byRole() == roles.isEmpty()) {
            throw new IllegalArgumentException("office page " + name + ": roles are given for role pages only");
        }
    }

    /**
     * The page a view renders, named by the view's file ({@code /office/questions/question.xhtml} is
     * {@code question}); open to anyone until given other access.
     */
    public static OfficePage at(String view) {
        String file = view == null ? "" : view.substring(view.lastIndexOf('/') + 1);
        return new OfficePage(file.endsWith(".xhtml") ? file.substring(0, file.length() - 6) : file, view, Access.OPEN,
                Set.of(), null, 0, false, null);
    }

    /** The same page for anyone until the first admin exists. */
    public OfficePage untilFirstAdmin() {
        return with(Access.UNTIL_FIRST_ADMIN, Set.of());
    }

    /** The same page, only during a login after the password. */
    public OfficePage duringLogin() {
        return with(Access.DURING_LOGIN, Set.of());
    }

    /** The same page for every signed-in member, with or without the organisation's key. */
    public OfficePage forMembers() {
        return with(Access.SIGNED_IN, Set.of());
    }

    /** The same page for signed-in members with one of these roles who hold the organisation's key. */
    public OfficePage forRoles(Role first, Role... more) {
        return with(Access.ROLES, EnumSet.of(first, more));
    }

    /**
     * The same page for signed-in members with one of these roles, whether or not they hold the organisation's key
     * (for pages that show nothing sealed).
     */
    public OfficePage forRolesWithoutKey(Role first, Role... more) {
        return with(Access.ROLES_WITHOUT_KEY, EnumSet.of(first, more));
    }

    /** The same page with an entry in the office's navigation. */
    public OfficePage inNavigation(String key, int order) {
        return new OfficePage(name, view, access, roles, Objects.requireNonNull(key), order, item, titleKey);
    }

    /** The same page, showing one item named in its query (without it, or with an unknown one: 404). */
    public OfficePage showingOneItem() {
        return new OfficePage(name, view, access, roles, navigationKey, navigationOrder, true, titleKey);
    }

    private OfficePage with(Access other, Set<Role> otherRoles) {
        return new OfficePage(name, view, other, otherRoles, navigationKey, navigationOrder, item, titleKey);
    }

    /** The same page with the title of this office bundle key (when its heading's key is not the default). */
    public OfficePage titled(String key) {
        return new OfficePage(name, view, access, roles, navigationKey, navigationOrder, item,
                Objects.requireNonNull(key));
    }

    /** Whether the page needs the organisation's key (role pages show what is sealed, unless they say otherwise). */
    public boolean needsKey() {
        return access == Access.ROLES;
    }

    /** Whether a member with these roles may open the page (signed in and, for role pages, one role matches). */
    public boolean allows(Set<Role> memberRoles) {
        return !access.byRole() || roles.stream().anyMatch(memberRoles::contains);
    }
}
