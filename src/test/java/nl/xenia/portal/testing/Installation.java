package nl.xenia.portal.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.privacy.boundary.UnlockedKey;
import nl.xenia.portal.privacy.control.Sealing;

/**
 * For in-container tests, on the portal's own database: the organisation's key as the {@link Office}
 * fixture set it up (its first admin's key, opened with the fixture's password), a key holder of a
 * test's own given access by that admin, and a fresh installation (no organisation key, no first
 * admin) inside a transaction the test rolls back. The fixture itself runs on the client: a test
 * calls {@code Office.admin()} from a {@code @RunAsClient} method before it uses these.
 */
public final class Installation {

    private Installation() {
    }

    /** The first admin's key (holding the organisation's keyset), opened with the fixture's password. */
    public static UnlockedKey firstAdminKey(OrganisationKeys keys, Secrets secrets, DataSource database)
            throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT id, key_salt FROM staff_account WHERE username = ?")) {
            query.setString(1, Office.ADMIN);
            try (ResultSet admin = query.executeQuery()) {
                if (!admin.next()) {
                    throw new AssertionError("expected the office fixture's first admin (call Office.admin() first)");
                }
                byte[] staffKey = secrets.passwordKey(Office.ADMIN_PASSWORD.toCharArray(), admin.getBytes(2));
                return keys.unlock(admin.getLong(1), staffKey)
                        .orElseThrow(() -> new AssertionError("expected the fixture's password to open its key"));
            }
        }
    }

    /**
     * A staff row of the test's own (status ACTIVE, role STAFF) with a key of its own that the first
     * admin gave the organisation's keyset to, all in the caller's transaction; returns the key.
     */
    public static byte[] holder(OrganisationKeys keys, Secrets secrets, DataSource database, long staffId,
            String username) throws SQLException {
        sql(database, "INSERT INTO staff_account (id, username, status, roles, created_at) VALUES (" + staffId + ", '"
                + username + "', 'ACTIVE', 'STAFF', CURRENT_TIMESTAMP)");
        byte[] staffKey = Sealing.newKey();
        keys.enrol(staffId, staffKey);
        keys.give(firstAdminKey(keys, secrets, database), staffId);
        return staffKey;
    }

    /**
     * Inside the caller's transaction, which it must roll back: the database as before the first admin
     * signed up: no organisation key, no key holders, no bootstrap token, no staff account (what
     * points at one is removed with it or set to nobody, as the schema says).
     */
    public static void freshInThisTransaction(DataSource database) throws SQLException {
        for (String table : new String[]{"key_wrapper", "key_holder", "organisation_key", "staff_bootstrap_token",
                "staff_account"}) {
            sql(database, "DELETE FROM " + table);
        }
    }

    private static void sql(DataSource database, String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }
}
