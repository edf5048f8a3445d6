package nl.xenia.portal.privacy.control;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the client is, from the connection's peer address and, only when that peer is a configured
 * trusted proxy, from the {@code X-Forwarded-For} or {@code Forwarded} header: the right-most
 * address in the chain that is not itself a trusted proxy (addresses further left are whatever the
 * client chose to send). An IPv6 client is known by its /64 (one household or phone gets a whole
 * /64). Only address literals are parsed, never a host name (no DNS lookups). Nothing here is
 * stored or logged.
 */
public final class ClientAddresses {

    private static final Pattern IPV4 = Pattern
            .compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern FORWARDED_FOR = Pattern.compile("(?i)(?:^|[;,\\s])for\\s*=\\s*(\"[^\"]*\"|[^;,\\s]*)");
    private static final Pattern FORWARDED_PROTO = Pattern
            .compile("(?i)(?:^|[;,\\s])proto\\s*=\\s*(\"[^\"]*\"|[^;,\\s]*)");

    private final List<Cidr> trusted;

    /** @param trustedProxies a comma list of addresses and CIDR blocks ({@code 10.0.0.5, 192.168.1.0/24, ::1}) */
    public ClientAddresses(String trustedProxies) {
        List<Cidr> blocks = new ArrayList<>();
        if (trustedProxies != null) {
            for (String item : trustedProxies.split(",")) {
                if (!item.isBlank()) {
                    blocks.add(Cidr.parse(item.strip()));
                }
            }
        }
        this.trusted = List.copyOf(blocks);
    }

    /** An address or block of addresses, {@code 192.168.0.0/16} or {@code fd00::/8} or one address. */
    public record Cidr(byte[] network, int bits) {

        /** Parses a block; a mistake in the setting stops the start-up rather than trusting too much. */
        public static Cidr parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            InetAddress parsed = literal(address).orElseThrow(
                    () -> new IllegalArgumentException("xenia.proxies.trusted: not an address or block"));
            byte[] bytes = parsed.getAddress();
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException notNumber) {
                    throw new IllegalArgumentException("xenia.proxies.trusted: not a prefix length");
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException("xenia.proxies.trusted: prefix length out of range");
                }
            }
            return new Cidr(mask(bytes, bits), bits);
        }

        public boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            return bytes.length == network.length && Arrays.equals(mask(bytes, bits), network);
        }
    }

    /** Whether the connection's peer is a configured proxy. */
    public boolean isTrusted(String peer) {
        return literal(peer).map(this::isTrusted).orElse(false);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(block -> block.contains(address));
    }

    /**
     * The key a client is counted under: its address (IPv6: its /64), taken from the forwarded
     * headers only when the peer is a trusted proxy.
     *
     * @param forwardedFor every {@code X-Forwarded-For} header, in order
     * @param forwarded every {@code Forwarded} header, in order (used when there is no X-Forwarded-For)
     */
    public String clientKey(String peer, List<String> forwardedFor, List<String> forwarded) {
        Optional<InetAddress> peerAddress = literal(peer);
        if (peerAddress.isEmpty()) {
            return "peer:" + String.valueOf(peer);
        }
        InetAddress client = peerAddress.get();
        if (isTrusted(client)) {
            List<String> chain = !joined(forwardedFor).isEmpty()
                    ? joined(forwardedFor)
                    : forwardedFor(forwarded);
            for (int i = chain.size() - 1; i >= 0; i--) {
                Optional<InetAddress> hop = literal(chain.get(i));
                if (hop.isEmpty()) {
                    break; // the proxy wrote nothing readable: count the request as the last proxy's
                }
                client = hop.get();
                if (!isTrusted(client)) {
                    break;
                }
            }
        }
        return key(client);
    }

    /**
     * Whether the request reached the trusted proxy over HTTPS: the last {@code X-Forwarded-Proto}
     * value, or else the last {@code proto=} of {@code Forwarded}, is {@code https}.
     */
    public boolean forwardedHttps(String peer, List<String> forwardedProto, List<String> forwarded) {
        if (!isTrusted(peer)) {
            return false;
        }
        List<String> protos = joined(forwardedProto);
        if (protos.isEmpty()) {
            protos = new ArrayList<>();
            for (String header : forwarded) {
                Matcher matcher = FORWARDED_PROTO.matcher(header);
                while (matcher.find()) {
                    protos.add(unquote(matcher.group(1)));
                }
            }
        }
        return !protos.isEmpty() && "https".equalsIgnoreCase(protos.get(protos.size() - 1));
    }

    /** An IPv4 address as it is, an IPv6 address as its /64 block. */
    static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] prefix = mask(address.getAddress(), 64);
            try {
                return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return address.getHostAddress();
    }

    /**
     * An address literal (IPv4 dotted quad, IPv6 with or without brackets, zone and port removed);
     * empty for anything else. Never looks a name up.
     */
    public static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = unquote(text.strip());
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            value = value.substring(1, end);
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':')
                && value.indexOf('.') >= 0) {
            value = value.substring(0, value.indexOf(':')); // 192.0.2.1:4711
        }
        int zone = value.indexOf('%');
        if (zone >= 0) {
            value = value.substring(0, zone);
        }
        try {
            if (IPV4.matcher(value).matches()) {
                return Optional.of(InetAddress.getByName(value));
            }
            if (value.indexOf(':') >= 0 && IPV6_CHARS.matcher(value).matches()) {
                // brackets make the JDK treat it as an IPv6 literal or fail: never a lookup
                return Optional.of(InetAddress.getByName("[" + value + "]"));
            }
        } catch (UnknownHostException notLiteral) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static List<String> joined(List<String> headers) {
        List<String> values = new ArrayList<>();
        for (String header : headers) {
            for (String part : header.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    private static List<String> forwardedFor(List<String> headers) {
        List<String> values = new ArrayList<>();
        for (String header : headers) {
            Matcher matcher = FORWARDED_FOR.matcher(header);
            while (matcher.find()) {
                values.add(unquote(matcher.group(1)));
            }
        }
        return values;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    private static byte[] mask(byte[] bytes, int bits) {
        byte[] masked = bytes.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.max(0, Math.min(8, bits - i * 8));
            masked[i] = (byte) (masked[i] & (0xFF << (8 - keep)));
        }
        return masked;
    }

    @Override
    public String toString() {
        return "ClientAddresses[" + trusted.size() + " trusted blocks]";
    }
}
