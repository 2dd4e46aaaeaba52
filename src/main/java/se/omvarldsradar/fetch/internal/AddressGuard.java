package se.omvarldsradar.fetch.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses URLs that are not http(s) or whose host resolves to a loopback, private, link-local or other
 * special address, unless the host is allow-listed. Guards against a source (or a redirect) steering the
 * crawler at the municipal network.
 *
 * <p>Known gap (DNS rebinding): the name is resolved here and again by the HTTP client when it connects, so
 * a hostile DNS server answering with a public address first and a private one a moment later gets through.
 * Closing it needs connecting to the very address checked here, which the JDK client does not offer (short of
 * a JVM-wide {@code InetAddressResolverProvider}); the sources are configured by the office, which makes the
 * risk small.
 */
public final class AddressGuard {
    private final Set<String> allowed;

    public AddressGuard(List<String> allowHosts) {
        this.allowed = allowHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Returns null when the URL may be fetched, else the reason it may not. */
    public String check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https are fetched, not '" + scheme + "'";
        }
        String host = url.getHost();
        if (host == null) {
            return "no host in " + url;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (allowed.contains(host)) {
            return null;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (allowed.contains(a.getHostAddress())) {
                    continue;
                }
                if (isSpecial(a)) {
                    String of = a.getHostAddress().equals(host.replaceAll("[\\[\\]]", "")) ? "" : " of " + host;
                    return "address " + a.getHostAddress() + of + " is private or special; refused";
                }
            }
        } catch (UnknownHostException e) {
            return "unknown host " + host;
        }
        return null;
    }

    static boolean isSpecial(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        return a instanceof Inet4Address ? isSpecialV4(b) : isSpecialV6(b);
    }

    private static boolean isSpecialV4(byte[] b) {
        int b0 = b[0] & 0xff, b1 = b[1] & 0xff, b2 = b[2] & 0xff;
        return b0 == 0 || b0 == 10 || b0 == 127                  // this network, private, loopback
                || (b0 == 100 && b1 >= 64 && b1 <= 127)          // CGNAT 100.64.0.0/10
                || (b0 == 169 && b1 == 254)                      // link-local, cloud metadata
                || (b0 == 172 && b1 >= 16 && b1 <= 31) || (b0 == 192 && b1 == 168)
                || (b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2)) // IETF protocol assignments, TEST-NET-1
                || (b0 == 198 && (b1 == 18 || b1 == 19))         // benchmarking
                || (b0 == 198 && b1 == 51 && b2 == 100) || (b0 == 203 && b1 == 0 && b2 == 113) // TEST-NET-2/3
                || b0 >= 224;                                    // multicast, reserved, broadcast
    }

    private static boolean isSpecialV6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc || (b[0] & 0xff) == 0xfe) {
            return true; // unique local fc00::/7; fe00::/8 (link-local, site-local, unassigned)
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return true; // documentation 2001:db8::/32
        }
        // Addresses that carry an IPv4 address are judged by it: mapped ::ffff:0:0/96 (the JDK turns most into
        // Inet4Address, not all), compatible ::/96, NAT64 64:ff9b::/96 and 6to4 2002::/16.
        if (isZero(b, 0, 10) && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || isZero(b, 10, 12))) {
            return isSpecialV4(Arrays.copyOfRange(b, 12, 16));
        }
        if (b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && isZero(b, 4, 12)) {
            return isSpecialV4(Arrays.copyOfRange(b, 12, 16));
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return isSpecialV4(Arrays.copyOfRange(b, 2, 6));
        }
        return false;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
