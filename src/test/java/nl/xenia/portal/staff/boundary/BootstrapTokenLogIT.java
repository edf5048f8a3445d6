package nl.xenia.portal.staff.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import nl.xenia.portal.testing.Portal;
import org.junit.jupiter.api.Test;

class BootstrapTokenLogIT {

    @Test
    void theServerLogsAOneTimeBootstrapTokenAtStart() throws Exception {
        String log = Files.readString(Portal.serverDir().resolve("logs/messages.log"), StandardCharsets.UTF_8);
        Pattern token = Pattern.compile("Staff bootstrap token .*: [0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}");
        assertTrue(token.matcher(log).find(), "expected a 160-bit bootstrap token in the server log");
    }
}
