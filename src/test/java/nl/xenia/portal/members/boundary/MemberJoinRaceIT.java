package nl.xenia.portal.members.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Joining under a race, on committed data: one invitation's code typed by two people at the same moment makes one
 * member (the other is told the code is not valid), and two people choosing the same pseudonym at the same moment with
 * two invitations get one account and one clear answer that the pseudonym is taken (never a server error). Each
 * joiner is a thread of its own released by a latch; run on PostgreSQL too.
 */
@ExtendWith(ArquillianExtension.class)
class MemberJoinRaceIT {

    private static final long STAFF_ID = 990_330L;
    private static final String PASSWORD = "seven green kites above the harbour";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("member-join-race-it");
    }

    @Inject
    Members members;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    private long invitationsBefore = Long.MAX_VALUE;
    private final List<String> pseudonyms = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void removeWhatWasMade() throws SQLException {
        for (String pseudonym : pseudonyms) {
            sql("DELETE FROM member WHERE pseudonym_key = '" + pseudonym.toLowerCase(java.util.Locale.ROOT) + "'");
        }
        sql("DELETE FROM member_invitation WHERE id > " + invitationsBefore);
        sql("DELETE FROM staff_account WHERE id = " + STAFF_ID);
    }

    @Test
    void oneCodeTypedTwiceAtOnceMakesOneMember() throws Exception {
        SignedIn staff = staff();
        String code = members.invite(staff).code();
        String first = "race-a-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "race-b-" + UUID.randomUUID().toString().substring(0, 8);
        pseudonyms.addAll(List.of(first, second));
        List<String> outcomes = race(List.of(code, code), List.of(first, second));
        Collections.sort(outcomes);
        assertEquals(List.of("CODE", "joined"), outcomes,
                "expected one joiner in and the other told the code is spent");
        assertEquals(1, count("SELECT COUNT(*) FROM member WHERE pseudonym IN ('" + first + "', '" + second + "')"),
                "expected one member made with one code");
    }

    @Test
    void theSamePseudonymChosenTwiceAtOnceGivesOneAccountAndAClearAnswer() throws Exception {
        SignedIn staff = staff();
        String name = "race-same-" + UUID.randomUUID().toString().substring(0, 8);
        pseudonyms.add(name);
        List<String> outcomes = race(List.of(members.invite(staff).code(), members.invite(staff).code()),
                List.of(name, name.toUpperCase(java.util.Locale.ROOT)));
        Collections.sort(outcomes);
        assertEquals(List.of("PSEUDONYM_TAKEN", "joined"), outcomes,
                "expected one account and the other told the pseudonym is taken, not a server error");
        assertEquals(1, count("SELECT COUNT(*) FROM member WHERE pseudonym_key = '" + name + "'"),
                "expected one member under the pseudonym");
    }

    /** Each joiner in a thread of its own, released together; per joiner "joined" or the problem's name. */
    private List<String> race(List<String> codes, List<String> names) throws Exception {
        CountDownLatch ready = new CountDownLatch(codes.size());
        CountDownLatch go = new CountDownLatch(1);
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<Thread> racers = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String name = names.get(i);
            Thread racer = threads.newThread(() -> {
                ready.countDown();
                try {
                    go.await();
                    members.join(Client.of("member-join-race-" + UUID.randomUUID()), code, name,
                            PASSWORD.toCharArray(), "ro");
                    outcomes.add("joined");
                } catch (MemberException refused) {
                    outcomes.add(refused.getProblem().name());
                } catch (RuntimeException | InterruptedException failed) {
                    outcomes.add("failed: " + failed);
                }
            });
            racers.add(racer);
            racer.start();
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        for (Thread racer : racers) {
            racer.join(60_000);
        }
        return new ArrayList<>(outcomes);
    }

    private SignedIn staff() throws SQLException {
        invitationsBefore = count("SELECT COALESCE(MAX(id), 0) FROM member_invitation");
        sql("DELETE FROM staff_account WHERE id = " + STAFF_ID);
        sql("INSERT INTO staff_account (id, username, status, roles, created_at) VALUES (" + STAFF_ID
                + ", 'member-join-race', 'ACTIVE', 'COORDINATOR', CURRENT_TIMESTAMP)");
        return new SignedIn(STAFF_ID, "member-join-race", Set.of(Role.COORDINATOR), null);
    }

    private long count(String query) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }
}
