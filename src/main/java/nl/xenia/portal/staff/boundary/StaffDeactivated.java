package nl.xenia.portal.staff.boundary;

/**
 * A staff member was deactivated (fired inside the deactivating transaction): components that keep
 * something for the member (e.g. a question alert) forget it.
 */
public record StaffDeactivated(long staffId) {
}
