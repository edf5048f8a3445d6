package nl.xenia.portal.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboxKeyTest {

    private static OutboxKey key(Optional<String> configured) {
        OutboxKey key = new OutboxKey();
        key.configured = configured;
        key.secrets = new nl.xenia.portal.privacy.boundary.Secrets();
        key.init();
        return key;
    }

    @Test
    void aSealedMailHoldsNeitherAddressNorBodyAndOpensOnlyUnderItsKey() {
        OutboxKey memory = key(Optional.empty());
        byte[] sealed = memory.seal("person@example.invalid", "K7QM-3XPD-9R2T-HW4N");
        String raw = new String(sealed, StandardCharsets.ISO_8859_1);
        assertTrue(!raw.contains("person@") && !raw.contains("K7QM"), "expected nothing readable in the row");
        assertEquals(new OutboxKey.Opened("person@example.invalid", "K7QM-3XPD-9R2T-HW4N"),
                memory.open(sealed).orElseThrow(), "expected the same server's key to open it");
        OutboxKey afterRestart = key(Optional.empty());
        assertNotEquals(memory.ref(), afterRestart.ref(), "expected a memory key new at every start");
        assertTrue(afterRestart.open(sealed).isEmpty(), "expected mail from before a restart not to open");
    }

    @Test
    void aConfiguredKeyIsTheSameOnEveryServerAndMustBeLongEnough() {
        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        OutboxKey one = key(Optional.of(configured));
        OutboxKey two = key(Optional.of(configured));
        assertEquals(one.ref(), two.ref(), "expected servers with one configured key to share mail");
        assertEquals("x", two.open(one.seal("a@b", "x")).orElseThrow().body(), "expected one to open the other's");
        assertThrows(IllegalStateException.class, () -> key(Optional.of("c2hvcnQ=")),
                "expected a short key refused at start");
    }
}
