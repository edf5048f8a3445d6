package nl.xenia.portal.privacy.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.privacy.control.ClientAddresses;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that reads who a request comes from and whether it came over HTTPS. Forwarded
 * headers ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}, {@code Forwarded}) count only when
 * the connection comes from a proxy named in {@code xenia.proxies.trusted} (addresses and CIDR
 * blocks, none by default); from anyone else they are ignored, so a client cannot choose its own
 * address by sending a header.
 */
@ApplicationScoped
public class Clients {

    @Inject
    @ConfigProperty(name = "xenia.proxies.trusted")
    Optional<String> trustedProxies;

    private ClientAddresses addresses;

    @PostConstruct
    void readSetting() {
        addresses = new ClientAddresses(trustedProxies.orElse(""));
    }

    /** The client of this request. */
    public Client of(HttpServletRequest request) {
        return Client.of(addresses.clientKey(request.getRemoteAddr(), headers(request, "X-Forwarded-For"),
                headers(request, "Forwarded")));
    }

    /**
     * Whether the request came over HTTPS: on a TLS connection to this server (it has a cipher suite;
     * {@code isSecure()} alone is not used, as the container may derive it from request headers), or
     * to a trusted proxy that says so.
     */
    public boolean isHttps(HttpServletRequest request) {
        return request.getAttribute("jakarta.servlet.request.cipher_suite") != null
                || addresses.forwardedHttps(request.getRemoteAddr(),
                        headers(request, "X-Forwarded-Proto"), headers(request, "Forwarded"));
    }

    private static List<String> headers(HttpServletRequest request, String name) {
        return request.getHeaders(name) == null ? List.of() : Collections.list(request.getHeaders(name));
    }
}
