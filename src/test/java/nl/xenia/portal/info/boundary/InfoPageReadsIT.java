package nl.xenia.portal.info.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import nl.xenia.portal.info.entity.InfoPage;
import nl.xenia.portal.info.entity.InfoTranslation;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reads of information pages are counted, exactly and nothing else: two pages of the test's own (one in Dutch and
 * English, one in Spanish only) read over HTTP from the running portal, rendered and from the public page cache's kept
 * copy, in the reader's language and in a fallback (counted under the language asked for); HEAD, a 404, the old
 * address's redirect and the office's preview count nothing. The running portal writes its counts within a minute
 * (this archive's beans are not the portal's, so the test waits for the portal's own flush, on the database). The
 * table holds a day, a page, a language and a count, nothing about a reader; counting and flushing at once, and two
 * servers making the same new row at once, lose nothing (this archive's own counter, flushed here). Pages and counts
 * are committed and removed at the end.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfoPageReadsIT {

    private static final String ARCHIVE = "info-page-reads-it";
    private static final String MARKER = Leaks.marker(ARCHIVE);
    /** The page read in Dutch and English (and, falling back to English, in Romanian). */
    private static final String READ = "reads-" + MARKER.substring(0, 12);
    /** The page published in Spanish only: a 404 in Dutch. */
    private static final String SPANISH = "reads-es-" + MARKER.substring(0, 12);
    /** A page that does not exist. */
    private static final long NO_PAGE = 999_999_937L;
    /** Page ids for the counter's own races (no page needed: the counts outlive pages). */
    private static final long RACE_PAGE = 990_777_001L;
    private static final long NEW_ROW_PAGE = 990_777_002L;
    private static final int DUTCH = 3;
    private static final int ENGLISH = 2;
    private static final int ROMANIAN = 4;
    private static final int SPANISH_READS = 1;

    /** Made in the container (its statics). */
    private static final Map<String, Long> MADE = new ConcurrentHashMap<>();

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    InfoEntities entities;

    @Inject
    UserTransaction transaction;

    @Inject
    InfoPageReads reads;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin(); // for the office's preview
    }

    @Test
    @Order(1)
    void pagesOfTheTestsOwn() throws Exception {
        transaction.begin();
        try {
            Instant now = Instant.now();
            InfoPage read = new InfoPage(READ, null, 900, null, InfoPage.Kind.TEXT, now);
            InfoPage spanish = new InfoPage(SPANISH, null, 901, null, InfoPage.Kind.TEXT, now);
            entities.persist(read);
            entities.persist(spanish);
            InfoTranslation dutch = translation(read.getId(), "nl", null, now);
            translation(read.getId(), "en", dutch, now);
            translation(spanish.getId(), "es", null, now);
            MADE.put(READ, read.getId());
            MADE.put(SPANISH, spanish.getId());
            transaction.commit();
        } catch (Exception | AssertionError failure) {
            transaction.rollback();
            throw failure;
        }
        assertEquals(0, readsOf(MADE.get(READ)).size() + readsOf(MADE.get(SPANISH)).size(),
                "expected no reads of new pages");
    }

    @Test
    @Order(2)
    @RunAsClient
    void readersReadThePagesOverHttp() throws Exception {
        String read = address("nl", READ);
        String spanish = address("es", SPANISH);
        for (int i = 0; i < DUTCH; i++) {
            assertEquals("nl", article("/nl/info/" + read), "expected the page in Dutch");
        }
        for (int i = 0; i < ENGLISH; i++) {
            assertEquals("en", article("/en/info/" + read), "expected the page in English");
        }
        for (int i = 0; i < ROMANIAN; i++) {
            HttpResponse<String> fallback = Portal.get("/ro/info/" + read);
            assertEquals(200, fallback.statusCode(), "expected the page for a Romanian reader");
            assertNotNull(Portal.html(fallback).getElementById("fallback-notice"),
                    "expected it shown in English, marked as a fallback");
        }
        for (int i = 0; i < SPANISH_READS; i++) {
            assertEquals("es", article("/es/info/" + spanish), "expected the Spanish page");
        }
        // none of these is a read
        for (int i = 0; i < 2; i++) {
            assertEquals(200, Portal.send("HEAD", "/nl/info/" + read, null).statusCode(), "expected HEAD answered");
            assertEquals(404, Portal.get("/nl/info/" + spanish).statusCode(),
                    "expected a page with no Dutch, English or Dutch fallback to be a 404 in Dutch");
            assertEquals(404, Portal.get("/nl/info/" + InfoPage.address(NO_PAGE)).statusCode(),
                    "expected a page that does not exist to be a 404");
            assertEquals(301, Portal.get("/nl/info/" + READ).statusCode(),
                    "expected the old address to redirect");
        }
        OfficeHttp office = Office.adminOffice();
        HttpResponse<String> editor = office.get("/office/nl/page?id=" + InfoPage.idOf(read) + "&lang=nl");
        assertEquals(200, editor.statusCode(), "expected the office's editor of the page");
        HttpResponse<String> preview = office.submit(editor, "editor", Map.of(), "editor:preview");
        assertEquals(200, preview.statusCode(), "expected the preview shown");
        assertNotNull(Portal.html(preview).getElementById("preview-pane"), "expected the office's preview");
    }

    @Test
    @Order(3)
    void eachGetOfAShownPageIsOneReadUnderTheLanguageAskedFor() throws Exception {
        long read = MADE.get(READ);
        long spanish = MADE.get(SPANISH);
        Map<String, Long> expected = Map.of("nl", (long) DUTCH, "en", (long) ENGLISH, "ro", (long) ROMANIAN);
        // the running portal adds its counts to the database once a minute: wait for them
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (System.nanoTime() < deadline && !(atLeast(readsOf(read), expected)
                && readsOf(spanish).getOrDefault("es", 0L) >= SPANISH_READS)) {
            Thread.sleep(500);
        }
        assertEquals(new TreeMap<>(expected), readsOf(read),
                "expected each GET counted once under the language asked for (Romanian shown in English counts"
                        + " as Romanian), HEAD, the redirect and the preview not at all");
        assertEquals(Map.of("es", (long) SPANISH_READS), readsOf(spanish),
                "expected the Spanish page read once in Spanish and its Dutch 404s not counted");
        assertEquals(Map.of(), readsOf(NO_PAGE), "expected nothing counted for a page that does not exist");
    }

    @Test
    @Order(4)
    void theTableHoldsADayAPageALanguageAndACountOnly() throws Exception {
        assertEquals(Set.of("read_on", "page_id", "language", "reads"), columns("info_page_read"),
                "expected no column about the reader: no time of day, address, agent, referrer or session");
    }

    @Test
    @Order(5)
    void countingAndFlushingAtOnceLoseNothing() throws Exception {
        int counters = 4;
        int each = 2_500;
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean counting = new AtomicBoolean(true);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int c = 0; c < counters; c++) {
            done.add(run(() -> {
                await(start);
                for (int i = 0; i < each; i++) {
                    reads.read(RACE_PAGE, "bg");
                }
            }));
        }
        List<CompletableFuture<Void>> flushers = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            flushers.add(run(() -> {
                await(start);
                while (counting.get()) {
                    reads.flush();
                }
            }));
        }
        start.countDown();
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        counting.set(false);
        CompletableFuture.allOf(flushers.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        reads.flush();
        assertEquals(Map.of("bg", (long) counters * each), readsOf(RACE_PAGE),
                "expected every read counted while two flushes ran at once written exactly once");
    }

    @Test
    @Order(6)
    void twoMakingTheSameNewRowAtOnceAddUp() throws Exception {
        int racers = 20;
        LocalDate day = LocalDate.of(2024, 2, 29);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int r = 1; r <= racers; r++) {
            long count = r;
            done.add(run(() -> {
                await(start);
                reads.add(day, NEW_ROW_PAGE, "en", count);
            }));
        }
        start.countDown();
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        assertEquals(Map.of("en", (long) racers * (racers + 1) / 2), readsOf(NEW_ROW_PAGE),
                "expected every addition kept when all raced to make the row");
        assertEquals(1, count("SELECT COUNT(*) FROM info_page_read WHERE page_id = " + NEW_ROW_PAGE),
                "expected one row for the day, page and language");
    }

    @Test
    @Order(9)
    void cleanUp() throws Exception {
        for (long page : new long[]{MADE.getOrDefault(READ, -1L), MADE.getOrDefault(SPANISH, -1L), NO_PAGE,
                RACE_PAGE, NEW_ROW_PAGE}) {
            sql("DELETE FROM info_page_read WHERE page_id = " + page);
            sql("DELETE FROM info_page WHERE id = " + page);
        }
    }

    private InfoTranslation translation(long pageId, String language, InfoTranslation from, Instant now) {
        InfoTranslation translation = new InfoTranslation(pageId, language);
        translation.edit("Reads " + MARKER.substring(0, 8) + " " + language, "Nothing to read here " + language + ".",
                null, InfoTranslation.Status.PUBLISHED, from, "info-page-reads-it", now);
        return entities.persist(translation);
    }

    /** The page's neutral address, from its old address's redirect once the running portal shows the page. */
    private static String address(String language, String slug) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); // the portal reads pages anew each minute
        HttpResponse<String> moved = Portal.get("/" + language + "/info/" + slug);
        while (moved.statusCode() != 301 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            moved = Portal.get("/" + language + "/info/" + slug);
        }
        assertEquals(301, moved.statusCode(), "expected the running portal to show the page " + slug);
        String location = moved.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String article(String path) {
        HttpResponse<String> response = Portal.get(path);
        assertEquals(200, response.statusCode(), "expected " + path + " shown");
        Document page = Portal.html(response);
        return page.selectFirst("article").attr("lang");
    }

    private static boolean atLeast(Map<String, Long> counted, Map<String, Long> expected) {
        return expected.entrySet().stream().allMatch(entry -> counted.getOrDefault(entry.getKey(), 0L) >= entry
                .getValue());
    }

    /** The reads of a page per language, every day summed (a test may run over midnight). */
    private Map<String, Long> readsOf(long pageId) throws SQLException {
        Map<String, Long> counted = new TreeMap<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT language, SUM(reads) FROM info_page_read WHERE page_id = ? GROUP BY language")) {
            query.setLong(1, pageId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counted.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counted;
    }

    private CompletableFuture<Void> run(Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        threads.newThread(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        }).start();
        return done;
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private long count(String query) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }

    private Set<String> columns(String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = database.getConnection()) {
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rows = connection.getMetaData().getColumns(null, connection.getSchema(), name, null)) {
                    while (rows.next()) {
                        columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return columns;
    }
}
