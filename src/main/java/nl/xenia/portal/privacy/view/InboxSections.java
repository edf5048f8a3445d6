package nl.xenia.portal.privacy.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** Every component's {@link InboxSection}, in order, for the inbox page to include. */
@Named("inboxSections")
@ApplicationScoped
public class InboxSections {

    @Inject
    @Any
    Instance<InboxSection> sections;

    public List<InboxSection> getAll() {
        return sections.stream().sorted(Comparator.comparingInt(InboxSection::order)).toList();
    }
}
