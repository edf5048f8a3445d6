package nl.xenia.portal.questions.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Optional;
import nl.xenia.portal.privacy.boundary.Sealed;
import nl.xenia.portal.privacy.control.Sealing;
import org.junit.jupiter.api.Test;

class QuestionMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aSealedTextMovedToAnotherAuthorNoLongerOpens() throws Exception {
        var pair = Sealing.newOrganisationKey();
        var organisation = Sealing.readPublic(Sealing.publicPart(pair));
        QuestionMessage note = new QuestionMessage(7, QuestionMessage.Author.NOTE, 3L, NOW);
        QuestionMessage answer = new QuestionMessage(7, QuestionMessage.Author.STAFF, 3L, NOW);
        QuestionMessage person = new QuestionMessage(7, QuestionMessage.Author.PERSON, null, NOW);
        QuestionMessage otherThread = new QuestionMessage(8, QuestionMessage.Author.NOTE, 3L, NOW);
        Sealed sealed = Sealing.seal("internal note", note.sealContext(), organisation, Optional.empty());
        assertEquals("internal note", Sealing.openAsOrganisation(sealed, note.sealContext(), pair),
                "expected the note to open as itself");
        for (QuestionMessage elsewhere : new QuestionMessage[]{answer, person, otherThread}) {
            assertThrows(GeneralSecurityException.class,
                    () -> Sealing.openAsOrganisation(sealed, elsewhere.sealContext(), pair),
                    "expected a note moved to " + elsewhere.sealContext() + " not to open");
        }
        assertThrows(IllegalArgumentException.class, () -> note.sealed(new byte[1], new byte[1], new byte[1]),
                "expected a note never sealed for the person");
    }
}
