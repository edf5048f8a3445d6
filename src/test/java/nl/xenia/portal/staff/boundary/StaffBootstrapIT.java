package nl.xenia.portal.staff.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, against the real database: the staff boundary with JPA. Each test runs in a
 * transaction that starts from a fresh installation (whether or not the office fixture has spent the
 * portal's token) and is rolled back, so the portal's own bootstrap state is untouched.
 */
@ExtendWith(ArquillianExtension.class)
class StaffBootstrapIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("staff-bootstrap-it");
    }

    @Inject
    StaffBootstrap bootstrap;

    @Inject
    UserTransaction transaction;

    @jakarta.annotation.Resource(lookup = "jdbc/xenia")
    javax.sql.DataSource database;

    @Test
    void aTokenIsRedeemedExactlyOnce() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            String token = bootstrap.issueAtStart().orElseThrow();
            assertFalse(bootstrap.redeem("WRNG-WRNG-WRNG-WRNG"), "expected a wrong token to be refused");
            assertTrue(bootstrap.redeem(token.toLowerCase().replace("-", " ")),
                    "expected the token, typed in lower case with spaces, to be accepted");
            assertTrue(bootstrap.isCompleted(), "expected the bootstrap to be completed after redeeming");
            assertFalse(bootstrap.redeem(token), "expected the same token to be refused a second time");
            assertTrue(bootstrap.issueAtStart().isEmpty(), "expected no new token once the first admin exists");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void everyTokenIsVoidOnceOneIsRedeemed() throws Exception {
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            String first = bootstrap.issueAtStart().orElseThrow();
            String second = bootstrap.issueAtStart().orElseThrow();
            assertTrue(bootstrap.redeem(second), "expected the second token to be accepted");
            assertFalse(bootstrap.redeem(first), "expected the first token to be void after the second was used");
        } finally {
            transaction.rollback();
        }
    }
}
