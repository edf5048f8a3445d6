package nl.xenia.portal.privacy.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class InlineAssetsTest {

    @Test
    void thePolicyAdmitsExactlyTheInlineAssets() throws Exception {
        String policy = InlineAssets.contentSecurityPolicy();
        for (String asset : new String[]{InlineAssets.STYLESHEET, InlineAssets.SCRIPT}) {
            String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(InlineAssets.content(asset).getBytes(StandardCharsets.UTF_8)));
            assertTrue(policy.contains("'sha256-" + hash + "'"), "expected the policy to allow " + asset + " by hash");
        }
        assertFalse(policy.contains("unsafe-inline"), "expected no 'unsafe-inline'");
        assertFalse(policy.contains("unsafe-eval"), "expected no 'unsafe-eval'");
        for (String directive : new String[]{"default-src 'none'", "object-src 'none'", "base-uri 'none'",
                "frame-ancestors 'none'", "form-action 'self'"}) {
            assertTrue(policy.contains(directive), "expected the policy to contain " + directive);
        }
    }

    @Test
    void assetsCannotBreakOutOfTheirElement() {
        assertFalse(InlineAssets.content(InlineAssets.SCRIPT).toLowerCase().contains("</script"),
                "expected no closing script tag inside the script");
        assertFalse(InlineAssets.content(InlineAssets.STYLESHEET).toLowerCase().contains("</style"),
                "expected no closing style tag inside the stylesheet");
        assertFalse(InlineAssets.content(InlineAssets.STYLESHEET).contains("url("),
                "expected the stylesheet to load nothing (no url())");
    }
}
