package nl.xenia.portal.info.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.xenia.portal.info.entity.InfoPage;
import nl.xenia.portal.staff.boundary.AuditAction;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writing information in the container on the real database: a new page, its source and a
 * translation, the overview turning "outdated" when the source changes, readers seeing only what is
 * published (with the fallback and outdated marks), municipality facts, the audit log, the roles
 * allowed, and refusals. Every test's work is rolled back.
 */
@ExtendWith(ArquillianExtension.class)
class InfoEditingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("info-editing-it");
    }

    @Inject
    InfoEditing editing;

    @Inject
    InfoPages readers;

    @Inject
    InfoProbe probe;

    @Inject
    nl.xenia.portal.testing.AuditTrail audit;

    @Inject
    UserTransaction transaction;

    private SignedIn member(String name, Set<Role> roles) {
        return new SignedIn(probe.account(name, roles), name, roles, null);
    }

    @Test
    void aChangedSourceMakesTranslationsOutdatedAndReadersSeeOnlyWhatIsPublished() throws Exception {
        transaction.begin();
        try {
            SignedIn writer = member("writer-one", EnumSet.of(Role.STAFF));
            long id = editing.create(writer, " Proef-Pagina ", null, "health", InfoPage.Kind.TEXT);
            assertEquals(InfoEditing.State.MISSING, state(writer, id, "nl"), "expected a new page without text");

            editing.save(writer, id, "nl", "Proef", "Eerste **versie**.", LocalDate.of(2026, 11, 20), false);
            assertEquals(InfoEditing.State.DRAFT, state(writer, id, "nl"));
            assertTrue(readers.page(InfoPage.address(id), "nl").isEmpty(), "expected a draft hidden from readers");

            editing.save(writer, id, "nl", "Proef", "Eerste **versie**.", LocalDate.of(2026, 11, 20), true);
            editing.save(writer, id, "ro", "Probă", "Prima versiune.", LocalDate.of(2026, 11, 21), true);
            assertEquals(InfoEditing.State.CURRENT, state(writer, id, "ro"), "expected the translation current");
            InfoPages.Page romanian = readers.page(InfoPage.address(id), "ro").orElseThrow();
            assertFalse(romanian.outdated() || romanian.fallback(), "expected a current Romanian page");
            assertTrue(readers.page(InfoPage.address(id), "bg").orElseThrow().fallback(),
                    "expected Bulgarian readers to get a marked fallback");
            assertTrue(readers.topics("ro").stream().anyMatch(tile -> tile.slug().equals("proef-pagina")),
                    "expected the new topic as a tile");

            editing.save(writer, id, "nl", "Proef", "Tweede versie.", LocalDate.of(2026, 11, 22), true);
            assertEquals(InfoEditing.State.OUTDATED, state(writer, id, "ro"),
                    "expected the translation outdated once the source changed");
            assertTrue(readers.page(InfoPage.address(id), "ro").orElseThrow().outdated(),
                    "expected readers told the translation is outdated");
            InfoEditing.Draft draft = editing.draft(writer, id, "ro").orElseThrow();
            assertEquals("Tweede versie.", draft.sourceBody(), "expected the editor to show the current source");
            assertTrue(draft.outdated());

            editing.save(writer, id, "ro", "Probă", "A doua versiune.", LocalDate.of(2026, 11, 22), true);
            assertEquals(InfoEditing.State.CURRENT, state(writer, id, "ro"), "expected the update to be current");
            assertTrue(
                    readers.search("ro", "A DOUA versiune").stream().anyMatch(hit -> hit.slug().equals("proef-pagina")),
                    "expected the published text found by search");

            assertEquals(6, audit.of("writer-one", AuditAction.CONTENT_CHANGED, "page").size(),
                    "expected every change in the audit log (creation and five saves)");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void municipalityFactsAndNotesAreShownInTheReadersLanguage() throws Exception {
        transaction.begin();
        try {
            SignedIn writer = member("writer-two", EnumSet.of(Role.ADMIN));
            long harlingen = editing.municipalities(writer).stream().filter(facts -> facts.name().equals("Harlingen"))
                    .findFirst().orElseThrow().id();
            editing.saveMunicipality(writer, harlingen, "Loket, telefoon volgt",
                    nl.xenia.portal.info.entity.Municipality.Pilot.YES,
                    Map.of("nl", "Afspraak nodig.", "ro", "Ai nevoie de programare.", "en", ""));
            InfoPages.MunicipalityRow row = readers.municipalities("ro").stream()
                    .filter(item -> item.name().equals("Harlingen")).findFirst().orElseThrow();
            assertEquals("Ai nevoie de programare.", row.note());
            assertEquals(nl.xenia.portal.info.entity.Municipality.Pilot.YES, row.pilot());
            assertEquals("nl", readers.municipalities("bg").stream().filter(item -> item.name().equals("Harlingen"))
                    .findFirst().orElseThrow().noteLanguage(), "expected the Dutch note when no English one exists");
            assertEquals(1, audit.of("writer-two", AuditAction.CONTENT_CHANGED, "municipality").size(),
                    "expected the change in the audit log");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void onlyStaffAndAdminsWriteAndBadInputIsRefused() throws Exception {
        transaction.begin();
        try {
            SignedIn coordinator = member("coordinator-one", EnumSet.of(Role.COORDINATOR));
            assertThrows(StaffAccountException.class, () -> editing.overview(coordinator),
                    "expected the sounding-board coordinator not to edit information");
            assertThrows(StaffAccountException.class, () -> editing.overview(null), "expected no one refused");
            SignedIn writer = member("writer-three", EnumSet.of(Role.STAFF));
            assertEquals(InfoException.Problem.SLUG_INVALID, problem(() -> editing.create(writer, "Gezond heid!",
                    null, null, null)));
            assertEquals(InfoException.Problem.SLUG_INVALID, problem(() -> editing.create(writer, "search", null,
                    null, null)), "expected the search page's address reserved");
            assertEquals(InfoException.Problem.SLUG_INVALID, problem(() -> editing.create(writer, "p12", null,
                    null, null)), "expected a slug shaped like a neutral address refused, so it cannot hide a page");
            assertEquals(InfoException.Problem.SLUG_TAKEN, problem(() -> editing.create(writer, "health", null, null,
                    null)));
            long id = editing.create(writer, "lang-genoeg", null, null, null);
            assertEquals(InfoException.Problem.TITLE_LENGTH, problem(() -> editing.save(writer, id, "nl", " ", "x",
                    null, false)));
            assertEquals(InfoException.Problem.BODY_TOO_LONG, problem(() -> editing.save(writer, id, "nl", "Titel",
                    "x".repeat(60_001), null, false)));
            assertEquals(InfoException.Problem.NOT_FOUND, problem(() -> editing.save(writer, id, "xx", "Titel", "x",
                    null, false)), "expected an unknown language refused");
        } finally {
            transaction.rollback();
        }
    }

    private InfoEditing.State state(SignedIn member, long pageId, String language) {
        return editing.overview(member).stream().filter(row -> row.pageId() == pageId).findFirst().orElseThrow()
                .states().get(language);
    }

    private static InfoException.Problem problem(Runnable action) {
        return assertThrows(InfoException.class, action::run).getProblem();
    }
}
