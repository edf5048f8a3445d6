package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.boundary.AuditLog;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.entity.AuditAction;
import nl.xenia.portal.staff.entity.Role;

/** office/audit (admins): the newest audit entries, filtered by user and action. */
@Named
@RequestScoped
public class AuditLogBacking {

    static final int PAGE = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    @Inject
    AuditLog auditLog;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private String actor;
    private String action;

    /** One line as shown. */
    public record Line(String when, String actor, String action, String subject) {
    }

    public List<Line> getEntries() {
        if (session.getSignedIn() == null || !session.getSignedIn().has(Role.ADMIN)) {
            throw new StaffAccountException(StaffAccountException.Problem.NOT_ALLOWED);
        }
        AuditAction chosen = action == null || action.isBlank() ? null : AuditAction.valueOf(action);
        String who = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
        return auditLog.find(new AuditLog.Filter(null, null, who, chosen, null), 0, PAGE).stream()
                .map(entry -> new Line(WHEN.format(entry.getOccurredAt()), entry.getActor(),
                        messages.get("office.audit.action." + entry.getAction().name()),
                        entry.getSubjectType() == null
                                ? ""
                                : entry.getSubjectType()
                                        + (entry.getSubjectId() == null ? "" : " " + entry.getSubjectId())))
                .toList();
    }

    public List<String> getActions() {
        return Arrays.stream(AuditAction.values()).map(Enum::name).toList();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
