package nl.xenia.portal.privacy.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The public pages' one stylesheet and one script, written inline so a page is one request, and
 * allowed by the content security policy through their SHA-256 hashes (no 'unsafe-inline').
 */
public final class InlineAssets {

    public static final String STYLESHEET = "public.css";
    public static final String SCRIPT = "quick-exit.js";

    private static final Map<String, String> CONTENT = Map.of(STYLESHEET, load(STYLESHEET), SCRIPT, load(SCRIPT));

    private InlineAssets() {
    }

    public static String content(String name) {
        String content = CONTENT.get(name);
        if (content == null) {
            throw new IllegalArgumentException("No inline asset " + name);
        }
        return content;
    }

    /** The CSP source expression for an asset: {@code 'sha256-…'}. */
    public static String hashSource(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content(name).getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The content security policy of public pages. {@code connect-src 'self'} lets a page read its own
     * site (a crawler's check of robots.txt from the page, as Lighthouse does), nothing elsewhere.
     */
    public static String contentSecurityPolicy() {
        return "default-src 'none'; script-src " + hashSource(SCRIPT) + "; style-src " + hashSource(STYLESHEET)
                + "; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none';"
                + " object-src 'none'";
    }

    private static String load(String name) {
        try (InputStream in = InlineAssets.class.getResourceAsStream("/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing asset " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
