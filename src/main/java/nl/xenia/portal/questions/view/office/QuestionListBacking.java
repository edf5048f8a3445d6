package nl.xenia.portal.questions.view.office;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.xenia.portal.info.boundary.InfoPages;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.questions.boundary.QuestionQueue;
import nl.xenia.portal.staff.view.office.OfficeSession;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * office/questions: the list of questions (no content), a page at a time from the database. The saved
 * view, the order and the search come from the address ({@code ?view=overdue&order=newest&q=12}); the
 * column filters and a column's sort from the table.
 */
@Named
@ViewScoped
public class QuestionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionQueue queue;

    @Inject
    OfficeSession session;

    @Inject
    InfoPages info;

    @Inject
    Messages messages;

    private String view;
    private String order;
    private String search;
    private final Threads threads = new Threads();
    private Map<Long, String> municipalities;

    /** One thread as the list shows it, in the office language. */
    public record Line(long id, String status, String statusName, String language, String languageName,
            String topic, String municipality, String asked, String assignee, String due, boolean overdue)
            implements
                Serializable {
    }

    /** One of the saved views or orders, as a link to the list's address with it. */
    public record ViewLink(String param, String label, String href, boolean current) {
    }

    /** The threads, loaded a page at a time with the view, search, filters and sort. */
    public final class Threads extends LazyDataModel<Line> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long total = queue.page(session.getSignedIn(), criteria(Map.of(), filterBy), 0, 1).total();
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<Line> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            QuestionQueue.Page page = queue.page(session.getSignedIn(), criteria(sortBy, filterBy), first, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items().stream().map(QuestionListBacking.this::line).toList();
        }

        @Override
        public String getRowKey(Line line) {
            return String.valueOf(line.id());
        }
    }

    public Threads getThreads() {
        return threads;
    }

    private QuestionQueue.Criteria criteria(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
                .orElse(null);
        QuestionQueue.Column column = sort == null ? null : column(sort.getField());
        return new QuestionQueue.Criteria(getCurrentView(), isNewestFirst(), search, column,
                sort != null && sort.getOrder() == SortOrder.DESCENDING, filter(filterBy, "status"),
                filter(filterBy, "language"), filter(filterBy, "topic"), filter(filterBy, "assignee"),
                messages.getLang());
    }

    private static QuestionQueue.Column column(String field) {
        return Arrays.stream(QuestionQueue.Column.values()).filter(column -> column.name().equalsIgnoreCase(field))
                .findFirst().orElse(null);
    }

    private static String filter(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        return meta == null || meta.getFilterValue() == null ? null : String.valueOf(meta.getFilterValue());
    }

    private Line line(QuestionQueue.Item item) {
        String lang = messages.getLang();
        return new Line(item.id(), item.status().name(), messages.get("ThreadStatus." + item.status().name()),
                item.language(), Languages.name(item.language(), lang), messages.get("Topic." + item.topic().name()),
                item.municipalityId() == null ? "" : getMunicipalities().getOrDefault(item.municipalityId(), ""),
                Languages.dateTime(lang, item.createdAt()), item.assignee(),
                item.due() == null ? null : Languages.date(lang, item.due()), item.overdue());
    }

    /** Municipality names by id (read once per request, not once per row). */
    private Map<Long, String> getMunicipalities() {
        if (municipalities == null) {
            municipalities = info.municipalities(messages.getLang()).stream()
                    .collect(Collectors.toMap(InfoPages.MunicipalityRow::id, InfoPages.MunicipalityRow::name));
        }
        return municipalities;
    }

    /** The saved views, the current one marked (the order kept; a search is for one view only). */
    public List<ViewLink> getViews() {
        QuestionQueue.View current = getCurrentView();
        return Arrays.stream(QuestionQueue.View.values())
                .map(each -> new ViewLink(each.param(), messages.get("QuestionQueue.View." + each.name()),
                        href(each.param(), order, null), each == current))
                .toList();
    }

    /** Oldest first and newest first, the current one marked (view and search kept). */
    public List<ViewLink> getOrders() {
        return List.of(
                new ViewLink("oldest", messages.get("office.questions.order.oldest"), href(view, null, search),
                        !isNewestFirst()),
                new ViewLink("newest", messages.get("office.questions.order.newest"), href(view, "newest", search),
                        isNewestFirst()));
    }

    private static String href(String view, String order, String search) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (view != null) {
            query.put("view", List.of(view));
        }
        if (order != null) {
            query.put("order", List.of(order));
        }
        if (search != null) {
            query.put("q", List.of(search));
        }
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getViewHandler().getBookmarkableURL(context,
                "/office/questions/questions.xhtml",
                query, false);
    }

    public QuestionQueue.View getCurrentView() {
        return QuestionQueue.View.of(view);
    }

    public boolean isNewestFirst() {
        return "newest".equals(order);
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view == null ? null : QuestionQueue.View.of(view).param();
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = "newest".equals(order) ? "newest" : null;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null || search.isBlank() ? null : search.strip();
    }
}
