package se.omvarldsradar.fetch.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses URLs that are not http(s) or whose host resolves to a loopback, private, link-local or other
 * special address, unless the host is allow-listed. Guards against a source (or a redirect) steering the
 * crawler at the municipal network.
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
                    return "address " + a.getHostAddress() + " of " + host + " is private or special; refused";
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
        if (b.length == 4) {
            int b0 = b[0] & 0xff, b1 = b[1] & 0xff;
            return b0 == 0 || (b0 == 100 && b1 >= 64 && b1 <= 127) || (b0 == 192 && b1 == 0)
                    || (b0 == 198 && (b1 == 18 || b1 == 19)) || b0 >= 224;
        }
        return (b[0] & 0xfe) == 0xfc; // IPv6 unique local fc00::/7
    }
}
