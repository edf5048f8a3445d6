package nl.xenia.portal.questions.view.office;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.questions.boundary.CannedReplies;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/replies: every canned reply (few: sorted and filtered on the page, by title, language by name or
 * code, and topic), and {@code ?delete=<id>}, the question whether to delete one, answered by a post.
 */
@Named
@ViewScoped
public class CannedReplyListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CannedReplies replies;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private List<Line> all;
    private List<Line> filtered;
    private Long delete;
    private Line toDelete;

    /** A canned reply as the list shows it; {@code languageText} is what the language filter looks in. */
    public record Line(long id, String title, String language, String languageName, String languageText,
            String topic) implements Serializable {
    }

    /** The view action: on {@code ?delete=}, the reply asked about, or 404 when there is none. */
    public void load() {
        if (delete != null && getToDelete() == null) {
            NotFound.answer();
        }
    }

    /** Every canned reply, in a list of the page's own (the table sorts it in place). */
    public List<Line> getAll() {
        if (all == null) {
            String lang = messages.getLang();
            all = new ArrayList<>(replies.all(session.getSignedIn()).stream().map(reply -> {
                String name = Languages.name(reply.language(), lang);
                return new Line(reply.id(), reply.title(), reply.language(), name, reply.language() + " " + name,
                        reply.topic() == null
                                ? messages.get("office.replies.topic.any")
                                : messages.get("Topic." + reply.topic().name()));
            }).toList());
        }
        return all;
    }

    /** The reply {@code ?delete=} names; null when none. */
    public Line getToDelete() {
        if (toDelete == null && delete != null) {
            toDelete = replies.find(session.getSignedIn(), delete)
                    .map(reply -> new Line(reply.id(), reply.title(), reply.language(),
                            Languages.name(reply.language(), messages.getLang()), reply.language(), null))
                    .orElse(null);
        }
        return toDelete;
    }

    /** Deletes the reply asked about, then shows the list with a message (post, redirect, get). */
    public void confirmDelete() {
        Optional.ofNullable(getToDelete()).ifPresent(line -> replies.delete(session.getSignedIn(), line.id()));
        OfficePages.info(messages, "office.replies.message.deleted");
        OfficePages.done("replies");
    }

    public Long getDelete() {
        return delete;
    }

    public void setDelete(Long delete) {
        this.delete = delete;
    }

    public List<Line> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Line> filtered) {
        this.filtered = filtered;
    }
}
