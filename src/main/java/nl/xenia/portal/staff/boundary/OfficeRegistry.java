package nl.xenia.portal.staff.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every office page, as the components contribute them ({@link OfficeContribution} beans, found at start).
 * The office's guard, its navigation, its titles and the dashboard's links all read it. Two
 * pages with one name or one view stop the start: a component cannot shadow another's page.
 */
@ApplicationScoped
public class OfficeRegistry {

    @Inject
    @Any
    Instance<OfficeContribution> contributions;

    /** A page's name and, optionally, up to four plain parameters. */
    private static final Pattern RETURN_PATH = Pattern
            .compile(
                    "([a-z0-9]+(?:-[a-z0-9]+)*)((?:\\?[a-z]{1,20}=[A-Za-z0-9_-]{1,64})(?:&[a-z]{1,20}=[A-Za-z0-9_-]{1,64}){0,3})?");

    private Map<String, OfficePage> byName;
    private Map<String, OfficePage> byView;

    @PostConstruct
    void collect() {
        collect(contributions);
    }

    /** A registry of these contributions (the start's, or a test's). */
    static OfficeRegistry of(Iterable<? extends OfficeContribution> contributions) {
        OfficeRegistry registry = new OfficeRegistry();
        registry.collect(contributions);
        return registry;
    }

    private void collect(Iterable<? extends OfficeContribution> contributions) {
        byName = byName(contributions);
        byView = byName.values().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(OfficePage::view,
                page -> page));
    }

    /** The contributed pages by name; two pages with one name (or one view, hence one name) stop the start. */
    static Map<String, OfficePage> byName(Iterable<? extends OfficeContribution> contributions) {
        Map<String, OfficePage> names = new LinkedHashMap<>();
        contributions.forEach(contribution -> contribution.pages().forEach(page -> {
            if (names.putIfAbsent(page.name(), page) != null) {
                throw new IllegalStateException("two office pages are named " + page.name());
            }
        }));
        return Map.copyOf(names);
    }

    /** The page of this name, if a component contributes it. */
    public Optional<OfficePage> page(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** The page a view renders, if it is an office page. */
    public Optional<OfficePage> rendering(String view) {
        return Optional.ofNullable(view == null ? null : byView.get(view));
    }

    /** Every office page. */
    public List<OfficePage> pages() {
        return byName.values().stream().sorted(Comparator.comparing(OfficePage::name)).toList();
    }

    /**
     * Where a member goes after signing in, from the {@code next} a shared or bookmarked address was sent to the
     * sign-in page with ({@code question?id=2}): only the name of a page for signed-in members and at most four
     * plain parameters ({@code name=value}, letters, digits, hyphens and underscores), rebuilt here. Anything
     * else (another host, a path, an encoded character, a sign-in page) is no destination, so the sign-in page
     * cannot be made to send anyone elsewhere.
     */
    public Optional<String> returnPath(String next) {
        if (next == null || next.length() > 200) {
            return Optional.empty();
        }
        Matcher matcher = RETURN_PATH.matcher(next);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        OfficePage page = byName.get(matcher.group(1));
        if (page == null || page.access() != OfficePage.Access.SIGNED_IN && !page.access().byRole()) {
            return Optional.empty();
        }
        return Optional.of(page.name() + (matcher.group(2) == null ? "" : matcher.group(2)));
    }

    /**
     * The navigation entries a member may follow, in order: every page with an entry whose access the member has
     * (role pages only with one of their roles, and with the organisation's key unless the page needs none).
     */
    public List<OfficePage> navigationFor(SignedInRoles member) {
        return byName.values().stream().filter(page -> page.navigationKey() != null)
                .filter(page -> page.access() == OfficePage.Access.SIGNED_IN
                        || page.access() == OfficePage.Access.ROLES && member.holdsKey()
                                && page.allows(member.roles())
                        || page.access() == OfficePage.Access.ROLES_WITHOUT_KEY && page.allows(member.roles()))
                .sorted(Comparator.comparingInt(OfficePage::navigationOrder).thenComparing(OfficePage::name))
                .toList();
    }

    /** What the navigation needs to know of a member: roles, and whether they hold the organisation's key. */
    public record SignedInRoles(Set<nl.xenia.portal.staff.entity.Role> roles, boolean holdsKey) {
    }
}
