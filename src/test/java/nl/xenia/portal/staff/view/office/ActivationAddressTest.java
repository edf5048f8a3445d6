package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The activation address shown with an invitation: the scheme as the request reached the office (https
 * through the trusted proxy), the host it named, the office's activation page, and nothing else.
 */
class ActivationAddressTest {

    @Test
    void behindTheProxyTheAddressIsHttpsWithoutThePortThePortalListensOn() {
        assertEquals("https://xenia.example/office/nl/activate",
                MemberBacking.activationAddress(request(Map.of("Host", "xenia.example:80")), true, "nl"),
                "expected https and no plain-HTTP port when the request came through the proxy over HTTPS");
        assertEquals("https://xenia.example/office/en/activate",
                MemberBacking.activationAddress(request(Map.of("Host", "xenia.example")), true, "en"),
                "expected the host as the proxy passed it on");
        assertEquals("https://xenia.example:8443/office/nl/activate",
                MemberBacking.activationAddress(request(Map.of("Host", "xenia.example:8443")), true, "nl"),
                "expected a port other than the default ones kept");
    }

    @Test
    void onTheMachineItselfTheAddressIsTheOneTheBrowserUsed() {
        assertEquals("http://localhost:9080/office/nl/activate",
                MemberBacking.activationAddress(request(Map.of("Host", "localhost:9080")), false, "nl"),
                "expected plain HTTP with the port on a direct connection");
    }

    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) arguments[0]);
                    case "getContextPath" -> "";
                    case "getServerName" -> "localhost";
                    case "getServerPort" -> 9080;
                    default -> null;
                });
    }
}
