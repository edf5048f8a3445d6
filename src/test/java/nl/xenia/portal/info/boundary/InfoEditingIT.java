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

            save(writer, id, "nl", "Proef", "Eerste **versie**.", LocalDate.of(2026, 11, 20), false);
            assertEquals(InfoEditing.State.DRAFT, state(writer, id, "nl"));
            assertTrue(readers.page(InfoPage.address(id), "nl").isEmpty(), "expected a draft hidden from readers");

            save(writer, id, "nl", "Proef", "Eerste **versie**.", LocalDate.of(2026, 11, 20), true);
            save(writer, id, "ro", "Probă", "Prima versiune.", LocalDate.of(2026, 11, 21), true);
            assertEquals(InfoEditing.State.CURRENT, state(writer, id, "ro"), "expected the translation current");
            InfoPages.Page romanian = readers.page(InfoPage.address(id), "ro").orElseThrow();
            assertFalse(romanian.outdated() || romanian.fallback(), "expected a current Romanian page");
            assertTrue(readers.page(InfoPage.address(id), "bg").orElseThrow().fallback(),
                    "expected Bulgarian readers to get a marked fallback");
            assertTrue(readers.topics("ro").stream().anyMatch(tile -> tile.slug().equals("proef-pagina")),
                    "expected the new topic as a tile");

            save(writer, id, "nl", "Proef", "Tweede versie.", LocalDate.of(2026, 11, 22), true);
            assertEquals(InfoEditing.State.OUTDATED, state(writer, id, "ro"),
                    "expected the translation outdated once the source changed");
            assertTrue(readers.page(InfoPage.address(id), "ro").orElseThrow().outdated(),
                    "expected readers told the translation is outdated");
            InfoEditing.Draft draft = editing.draft(writer, id, "ro").orElseThrow();
            assertEquals("Tweede versie.", draft.sourceBody(), "expected the editor to show the current source");
            assertTrue(draft.outdated());

            save(writer, id, "ro", "Probă", "A doua versiune.", LocalDate.of(2026, 11, 22), true);
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
            assertEquals(InfoException.Problem.TITLE_MISSING, problem(() -> save(writer, id, "nl", " ", "x",
                    null, false)), "expected an empty title refused by name");
            assertEquals(InfoException.Problem.BODY_TOO_LONG, problem(() -> save(writer, id, "nl", "Titel",
                    "x".repeat(60_001), null, false)));
            assertEquals(InfoException.Problem.TITLE_LENGTH, problem(() -> save(writer, id, "nl", "t".repeat(201),
                    "x", null, false)), "expected a title over 200 characters refused");
            assertEquals(InfoException.Problem.NOT_FOUND, problem(() -> editing.save(writer, id, "xx", "0.0-0.0",
                    "Titel", "x", null, false, false)), "expected an unknown language refused");
            assertEquals(InfoException.Problem.SLUG_MISSING, problem(() -> editing.create(writer, "  ", null, null,
                    null)), "expected an empty address refused by name");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aTranslationKeepsTheSourceItWasMadeFrom() throws Exception {
        transaction.begin();
        try {
            SignedIn writer = member("writer-four", EnumSet.of(Role.STAFF));
            long id = editing.create(writer, "bron-bewaard", null, null, InfoPage.Kind.TEXT);
            save(writer, id, "nl", "Bron", "De test is gratis.", null, true);
            InfoEditing.Draft fresh = editing.draft(writer, id, "en").orElseThrow();
            assertFalse(fresh.exists() || fresh.baseKept(), "expected no base for a translation not written yet");
            save(writer, id, "en", "Source", "The test is free.", null, true);
            save(writer, id, "nl", "Bron", "De test is goedkoop.", null, true);
            InfoEditing.Draft english = editing.draft(writer, id, "en").orElseThrow();
            assertEquals("De test is gratis.", english.basedOnBody(),
                    "expected the source as it was when the translation was saved");
            assertEquals("De test is goedkoop.", english.sourceBody(), "expected the source as it is now beside it");
            assertTrue(english.outdated(), "expected the translation outdated");
            assertEquals(null, editing.draft(writer, id, "nl").orElseThrow().basedOnBody(),
                    "expected no base for the source language itself");
            save(writer, id, "en", "Source", "The test is cheap.", null, true);
            assertEquals("De test is goedkoop.", editing.draft(writer, id, "en").orElseThrow().basedOnBody(),
                    "expected the base to follow the source at the next save");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aSaveForAnotherPageOrAnOlderVersionIsRefused() throws Exception {
        transaction.begin();
        try {
            SignedIn writer = member("writer-five", EnumSet.of(Role.STAFF));
            long first = editing.create(writer, "eerste-proef", null, null, InfoPage.Kind.TEXT);
            long second = editing.create(writer, "tweede-proef", null, null, InfoPage.Kind.TEXT);
            save(writer, first, "nl", "Eerste", "Tekst een.", null, true);
            save(writer, second, "nl", "Tweede", "Tekst twee.", null, true);
            String firstBase = editing.draft(writer, first, "nl").orElseThrow().base();
            assertEquals(InfoException.Problem.WRONG_PAGE, problem(() -> editing.save(writer, second, "nl", firstBase,
                    "Overschreven", "Vervalst.", null, true, false)),
                    "expected a save carrying the first page's base refused for the second page");
            assertEquals(InfoException.Problem.WRONG_PAGE, problem(() -> editing.save(writer, first, "en", firstBase,
                    "Overwritten", "Forged.", null, true, false)),
                    "expected the Dutch text's base refused for the English text");
            assertEquals(InfoException.Problem.WRONG_PAGE, problem(() -> editing.save(writer, first, "nl", "x",
                    "Eerste", "Tekst.", null, true, false)), "expected a malformed base refused");
            assertEquals("Tekst twee.", editing.draft(writer, second, "nl").orElseThrow().body(),
                    "expected the second page unchanged");

            save(writer, first, "nl", "Eerste", "Tekst een, door een collega veranderd.", null, true);
            assertEquals(InfoException.Problem.CHANGED_MEANWHILE, problem(() -> editing.save(writer, first, "nl",
                    firstBase, "Eerste", "Mijn oudere versie.", null, true, false)),
                    "expected a save from an older version refused, not overwriting a colleague's");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void savingAPublishedTextAsDraftTakesItOfflineOnlyWhenConfirmed() throws Exception {
        transaction.begin();
        try {
            SignedIn writer = member("writer-six", EnumSet.of(Role.STAFF));
            long id = editing.create(writer, "offline-proef", null, null, InfoPage.Kind.TEXT);
            save(writer, id, "nl", "Online", "Gepubliceerd.", null, true);
            String base = editing.draft(writer, id, "nl").orElseThrow().base();
            assertEquals(InfoException.Problem.TAKES_OFFLINE, problem(() -> editing.save(writer, id, "nl", base,
                    "Online", "Gepubliceerd.", null, false, false)), "expected a confirmation asked first");
            assertTrue(readers.page(InfoPage.address(id), "nl").isPresent(), "expected the page still online");
            editing.save(writer, id, "nl", base, "Online", "Nu een concept.", null, false, true);
            assertEquals(InfoEditing.State.DRAFT, state(writer, id, "nl"), "expected the text a draft");
            assertTrue(readers.page(InfoPage.address(id), "nl").isEmpty(), "expected the page offline for readers");
            save(writer, id, "nl", "Online", "Nog een concept.", null, false);
            assertEquals(InfoEditing.State.DRAFT, state(writer, id, "nl"), "expected a draft saved as draft freely");
        } finally {
            transaction.rollback();
        }
    }

    /** Saves as the editor would: with the base it showed, nothing taken offline unasked. */
    private void save(SignedIn writer, long id, String language, String title, String body, LocalDate checked,
            boolean publish) {
        String base = editing.draft(writer, id, language).map(InfoEditing.Draft::base).orElse("0.0-0.0");
        editing.save(writer, id, language, base, title, body, checked, publish, false);
    }

    private InfoEditing.State state(SignedIn member, long pageId, String language) {
        return editing.overview(member).stream().filter(row -> row.pageId() == pageId).findFirst().orElseThrow()
                .states().get(language);
    }

    private static InfoException.Problem problem(Runnable action) {
        return assertThrows(InfoException.class, action::run).getProblem();
    }
}
