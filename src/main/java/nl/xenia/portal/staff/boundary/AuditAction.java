package nl.xenia.portal.staff.boundary;

import java.util.List;
import java.util.regex.Pattern;
import nl.xenia.portal.localization.boundary.Translated;

/**
 * What an audit entry records, by name. The office's own actions are the constants here; every other
 * component declares its own as constants in its boundary ({@code QuestionInbox.THREAD_DELETED}), so no
 * central list names them. Each has the label {@code office.AuditAction.<NAME>} in the office bundles
 * (the bundle test finds every constant).
 */
public record AuditAction(String name) implements Translated {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public static final AuditAction LOGIN = new AuditAction("LOGIN");
    public static final AuditAction LOGIN_FAILED = new AuditAction("LOGIN_FAILED");
    public static final AuditAction LOGOUT = new AuditAction("LOGOUT");
    public static final AuditAction SECOND_FACTOR_ENROLLED = new AuditAction("SECOND_FACTOR_ENROLLED");
    public static final AuditAction SECOND_FACTOR_RESET = new AuditAction("SECOND_FACTOR_RESET");
    public static final AuditAction RECOVERY_CODE_USED = new AuditAction("RECOVERY_CODE_USED");
    public static final AuditAction RECOVERY_KEY_USED = new AuditAction("RECOVERY_KEY_USED");
    public static final AuditAction ACCOUNT_CREATED = new AuditAction("ACCOUNT_CREATED");
    public static final AuditAction INVITATION_RENEWED = new AuditAction("INVITATION_RENEWED");
    public static final AuditAction ACCOUNT_ACTIVATED = new AuditAction("ACCOUNT_ACTIVATED");
    public static final AuditAction ACCOUNT_DEACTIVATED = new AuditAction("ACCOUNT_DEACTIVATED");
    public static final AuditAction ROLES_CHANGED = new AuditAction("ROLES_CHANGED");
    public static final AuditAction PASSWORD_CHANGED = new AuditAction("PASSWORD_CHANGED");
    public static final AuditAction KEY_GIVEN = new AuditAction("KEY_GIVEN");
    public static final AuditAction KEY_RENEWED = new AuditAction("KEY_RENEWED");
    /** Any component's sealed item was opened (the privacy component's event). */
    public static final AuditAction SEALED_ITEM_OPENED = new AuditAction("SEALED_ITEM_OPENED");
    /** Any component's shared content was changed; the entry's subject type says what. */
    public static final AuditAction CONTENT_CHANGED = new AuditAction("CONTENT_CHANGED");

    /** @param name upper case words joined by underscores, at most 40 characters (the column's length) */
    public AuditAction {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an audit action is named in upper case words joined by underscores");
        }
    }

    /** The action's label in the office bundles. */
    public String labelKey() {
        return labelKey(name);
    }

    /** The label of an action recorded under this name. */
    public static String labelKey(String name) {
        return "office.AuditAction." + name;
    }

    @Override
    public List<String> bundleKeys() {
        return List.of(labelKey());
    }
}
