package nl.xenia.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A hand-written HTTP/1.1 request over a socket: for requests a normal client refuses to send (an
 * invalid URL) and for choosing the client's own address on the loopback network.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends the request text from the given local address and returns the whole response text. */
    public static String exchange(String localAddress, String requestText) {
        URI base = URI.create(Portal.BASE);
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(30_000);
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            }
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.getOutputStream().write(requestText.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A GET with the given extra header lines, closing the connection after the response. */
    public static String get(String localAddress, String target, String... headerLines) {
        URI base = URI.create(Portal.BASE);
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n").append("Host: ")
                .append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        return exchange(localAddress, request.toString());
    }
}
