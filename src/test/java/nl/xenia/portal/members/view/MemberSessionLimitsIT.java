package nl.xenia.portal.members.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MemberSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The member session's limits as the running portal keeps them, over HTTP: a member's session rows are made older in
 * the database (in the container; the portal's own clock is not moved), and the member's next page says whether the
 * session still counts: 29 idle minutes do, 31 do not (the browser is told to forget the cookie), and 12 hours end a
 * session however busy. The member is found on both sides by a pseudonym made from the archive's marker.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MemberSessionLimitsIT {

    private static final String ARCHIVE = "member-session-limits-it";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    /** The member's session on the client's side (the client's JVM keeps it between its steps). */
    private static MemberSession member;

    private static String pseudonym() {
        return "limits-" + Leaks.marker(ARCHIVE).substring(0, 12);
    }

    @Test
    @Order(1)
    @RunAsClient
    void aMemberJoins() {
        member = MemberSession.joined(pseudonym());
    }

    @Test
    @Order(2)
    void twentyNineMinutesPassWithoutAVisit() throws Exception {
        age("last_seen_at", Duration.ofMinutes(29));
    }

    @Test
    @Order(3)
    @RunAsClient
    void theSessionStillCounts() {
        assertEquals(200, member.get("/en/members").statusCode(), "expected 29 idle minutes to keep the session");
    }

    @Test
    @Order(4)
    void thirtyOneMinutesPassWithoutAVisit() throws Exception {
        age("last_seen_at", Duration.ofMinutes(31));
    }

    @Test
    @Order(5)
    @RunAsClient
    void theSessionHasEnded() {
        HttpResponse<String> page = member.get("/en/members");
        assertEquals(303, page.statusCode(), "expected 31 idle minutes to end the session");
        assertEquals("/en/members/sign-in", page.headers().firstValue("Location").orElse(""),
                "expected the member sent to sign in");
        assertTrue(page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("Max-Age=0")),
                "expected the browser told to forget the ended session's cookie");
        assertEquals(303, member.signIn().statusCode(), "expected the member to sign in again");
        assertEquals(200, member.get("/en/members").statusCode(), "expected the new session to count");
    }

    @Test
    @Order(6)
    void twelveHoursPassInABusySession() throws Exception {
        age("signed_in_at", Duration.ofHours(12).plusMinutes(1));
    }

    @Test
    @Order(7)
    @RunAsClient
    void theBusySessionHasEnded() {
        assertEquals(303, member.get("/en/members").statusCode(), "expected twelve hours to end a busy session");
    }

    /** Makes the member's session rows older: the column set this long before now. */
    private void age(String column, Duration ago) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE member_session SET " + column
                        + " = ? WHERE member_id = (SELECT id FROM member WHERE pseudonym_key = ?)")) {
            update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minus(ago));
            update.setString(2, pseudonym());
            assertEquals(1, update.executeUpdate(), "expected the member's one session row");
        }
    }
}
