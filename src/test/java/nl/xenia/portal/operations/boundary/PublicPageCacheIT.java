package nl.xenia.portal.operations.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import nl.xenia.portal.testing.Portal;
import org.junit.jupiter.api.Test;

/** A kept public page is the same page, with the same headers, gzipped when asked. */
class PublicPageCacheIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aKeptPageIsTheRenderedPage() throws Exception {
        HttpResponse<String> rendered = Portal.get("/es/?fresh=1");
        HttpResponse<String> first = Portal.get("/es/");
        HttpResponse<String> kept = Portal.get("/es/");
        assertEquals(rendered.body(), kept.body(), "expected the kept page to equal a freshly rendered one");
        assertEquals(first.body(), kept.body(), "expected the same page twice");
        assertEquals("es", kept.headers().firstValue("Content-Language").orElse(""), "expected the language kept");
        assertTrue(kept.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "expected HTML");
        assertTrue(kept.headers().firstValue("Content-Security-Policy").isPresent(),
                "expected the policy on a kept page");

        HttpResponse<byte[]> zipped = CLIENT.send(HttpRequest.newBuilder(URI.create(Portal.BASE + "/es/"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), "expected gzip when asked");
        assertArrayEquals(kept.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), gunzip(zipped.body()),
                "expected the gzipped page to be the same page");
    }

    private static byte[] gunzip(byte[] zipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
    }
}
