package nl.xenia.portal.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who the client is: forwarded headers only from trusted proxies, the right-most untrusted hop, IPv6 by /64. */
class ClientAddressesTest {

    private final ClientAddresses none = new ClientAddresses("");
    private final ClientAddresses proxied = new ClientAddresses("10.0.0.0/8, 127.0.0.1, fd00::/8");

    @Test
    void withoutTrustedProxiesForwardedHeadersCountForNothing() {
        assertEquals("10.1.2.3", none.clientKey("10.1.2.3", List.of("198.51.100.1"), List.of("for=198.51.100.2")),
                "expected the peer, whatever it forwards, when no proxy is trusted");
        assertEquals("127.0.0.1", none.clientKey("127.0.0.1", List.of("198.51.100.1"), List.of()),
                "expected loopback not to be trusted by default");
    }

    @Test
    void aTrustedProxyGivesTheRightMostUntrustedAddress() {
        assertEquals("198.51.100.7", proxied.clientKey("10.0.0.5", List.of("203.0.113.9, 198.51.100.7"), List.of()),
                "expected the address the proxy appended, not the one the client sent");
        assertEquals("198.51.100.7",
                proxied.clientKey("10.0.0.5", List.of("203.0.113.9", "198.51.100.7, 10.0.0.6"), List.of()),
                "expected trusted hops skipped across several headers");
        assertEquals("127.0.0.1", proxied.clientKey("127.0.0.1", List.of(), List.of()),
                "expected a trusted peer without forwarded headers to count as itself");
        assertEquals("127.0.0.1", proxied.clientKey("127.0.0.1", List.of("not-an-address"), List.of()),
                "expected an unreadable hop to leave the request counted as the proxy's");
        assertEquals("198.51.100.8",
                proxied.clientKey("127.0.0.1", List.of(), List.of("for=203.0.113.1, for=198.51.100.8;proto=https")),
                "expected Forwarded for= when there is no X-Forwarded-For");
        assertEquals("2001:db8:1:2:0:0:0:0/64",
                proxied.clientKey("127.0.0.1", List.of(), List.of("for=\"[2001:db8:1:2::99]:4711\"")),
                "expected a quoted, bracketed IPv6 with a port read as its /64");
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddress() {
        assertEquals("192.0.2.10", proxied.clientKey("192.0.2.10", List.of("198.51.100.1"), List.of()),
                "expected the peer itself when it is not a trusted proxy");
        assertEquals("127.0.0.2", proxied.clientKey("127.0.0.2", List.of("198.51.100.1"), List.of()),
                "expected another loopback address not to be trusted when only 127.0.0.1 is");
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        String first = none.clientKey("2001:db8:aa:bb:1::1", List.of(), List.of());
        String second = none.clientKey("2001:db8:aa:bb:ffff:ffff:ffff:fffe", List.of(), List.of());
        String other = none.clientKey("2001:db8:aa:bc::1", List.of(), List.of());
        assertEquals(first, second, "expected two addresses of one /64 to be one client");
        assertFalse(first.equals(other), "expected another /64 to be another client");
        assertEquals("2001:db8:aa:bb:0:0:0:0/64", none.clientKey("2001:db8:aa:bb::1%eth0", List.of(), List.of()),
                "expected a zone to be ignored");
    }

    @Test
    void cidrBlocksMatchByPrefix() {
        assertTrue(proxied.isTrusted("10.255.1.1"), "expected 10.255.1.1 in 10.0.0.0/8");
        assertFalse(proxied.isTrusted("11.0.0.1"), "expected 11.0.0.1 outside 10.0.0.0/8");
        assertTrue(proxied.isTrusted("fd12:3456::1"), "expected fd12:3456::1 in fd00::/8");
        assertFalse(proxied.isTrusted("fe80::1"), "expected fe80::1 outside fd00::/8");
        assertTrue(new ClientAddresses("192.168.1.0/24").isTrusted("192.168.1.200"), "expected a /24 to match");
        assertFalse(new ClientAddresses("192.168.1.0/24").isTrusted("192.168.2.1"), "expected a /24 to end");
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses("10.0.0.0/33"),
                "expected a prefix longer than the address refused");
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses("proxy.example"),
                "expected a host name refused (no lookups)");
    }

    @Test
    void onlyLiteralsAreRead() {
        assertTrue(ClientAddresses.literal("localhost").isEmpty(), "expected a name never looked up");
        assertTrue(ClientAddresses.literal("999.1.1.1").isEmpty(), "expected an impossible IPv4 refused");
        assertTrue(ClientAddresses.literal("unknown").isEmpty(), "expected Forwarded's unknown refused");
        assertTrue(ClientAddresses.literal("198.51.100.3:8080").isPresent(), "expected an IPv4 with a port read");
    }

    @Test
    void httpsCountsOnlyFromATrustedProxy() {
        assertTrue(proxied.forwardedHttps("127.0.0.1", List.of("https"), List.of()),
                "expected X-Forwarded-Proto https from a trusted proxy to count, without X-Forwarded-For");
        assertTrue(proxied.forwardedHttps("10.0.0.1", List.of(), List.of("for=192.0.2.1;proto=https")),
                "expected Forwarded proto=https from a trusted proxy to count");
        assertFalse(proxied.forwardedHttps("192.0.2.1", List.of("https"), List.of()),
                "expected X-Forwarded-Proto from an untrusted peer ignored");
        assertFalse(proxied.forwardedHttps("127.0.0.1", List.of("http"), List.of()), "expected http to be http");
    }
}
