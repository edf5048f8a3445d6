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

/**
 * Every office page, as the components contribute them ({@link OfficeContribution} beans, found at start).
 * The office's guard, its protected views, its navigation and the dashboard's links all read it. Two
 * pages with one name or one view stop the start: a component cannot shadow another's page.
 */
@ApplicationScoped
public class OfficeRegistry {

    @Inject
    @Any
    Instance<OfficeContribution> contributions;

    private Map<String, OfficePage> byName;
    private Map<String, OfficePage> byView;

    @PostConstruct
    void collect() {
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

    /** The views a GET reaches only with the session's token (Faces' protected views). */
    public Set<String> protectedViews() {
        return Set.copyOf(byView.values().stream().filter(OfficePage::linkedOnly).map(OfficePage::view).toList());
    }

    /**
     * The navigation entries a member may follow, in order: every page with an entry whose access the member has
     * (role pages only with the organisation's key).
     */
    public List<OfficePage> navigationFor(SignedInRoles member) {
        return byName.values().stream().filter(page -> page.navigationKey() != null)
                .filter(page -> page.access() == OfficePage.Access.SIGNED_IN
                        || page.access() == OfficePage.Access.ROLES && member.holdsKey()
                                && page.allows(member.roles()))
                .sorted(Comparator.comparingInt(OfficePage::navigationOrder).thenComparing(OfficePage::name))
                .toList();
    }

    /** What the navigation needs to know of a member: roles, and whether they hold the organisation's key. */
    public record SignedInRoles(Set<nl.xenia.portal.staff.entity.Role> roles, boolean holdsKey) {
    }
}
