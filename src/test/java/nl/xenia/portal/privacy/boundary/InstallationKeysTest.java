package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstallationKeysTest {

    private static final String GOOD = Base64.getEncoder().encodeToString(new byte[32]);

    private static Map<String, Optional<String>> keys(Optional<String> receipt, Optional<String> pin) {
        Map<String, Optional<String>> keys = new LinkedHashMap<>();
        keys.put("XENIA_RECEIPT_KEY", receipt);
        keys.put("XENIA_KEYS_PIN", pin);
        return keys;
    }

    @Test
    void aProductionServerDoesNotStartWithoutItsOutsideKeys() {
        List<String> problems = InstallationKeys.problems(false, keys(Optional.empty(), Optional.of(" ")));
        assertEquals(2, problems.size(), "expected both missing keys named: " + problems);
        assertTrue(problems.get(0).startsWith("XENIA_RECEIPT_KEY"), "expected the receipt key named");
        assertEquals(List.of(), InstallationKeys.problems(false, keys(Optional.of(GOOD), Optional.of(GOOD))),
                "expected a production server with both keys to start");
    }

    @Test
    void theDemoMayGoWithoutButNeverWithABadKey() {
        assertEquals(List.of(), InstallationKeys.problems(true, keys(Optional.empty(), Optional.empty())),
                "expected the demo to start without configured keys");
        assertEquals(1, InstallationKeys.problems(true, keys(Optional.of("c2hvcnQ="), Optional.empty())).size(),
                "expected a key shorter than 32 bytes refused even in the demo");
    }
}
