package se.omvarldsradar.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only literal addresses here, so no DNS lookup is made. */
class AddressGuardTests {
    private final AddressGuard guard = new AddressGuard(List.of("127.0.0.1", " Intranet.Local "));

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.1.2.3", "100.64.0.1", "100.127.255.254", "127.0.0.2", "169.254.169.254",
            "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.2.1", "192.168.0.1", "198.18.0.1", "198.51.100.7",
            "203.0.113.9", "224.0.0.1", "240.0.0.1", "255.255.255.255", "[::]", "[::1]", "[fe80::1]", "[fc00::1]",
            "[fd12:3456::1]", "[ff02::1]", "[2001:db8::1]", "[::ffff:10.0.0.1]", "[::ffff:169.254.169.254]",
            "[::ffff:c0a8:101]", "[::10.0.0.1]", "[64:ff9b::a00:1]", "[2002:c0a8:101::1]"})
    void refusesSpecialAddresses(String host) {
        assertThat(guard.check(URI.create("http://" + host + "/"))).endsWith("is private or special; refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "100.63.255.255", "100.128.0.1", "172.15.0.1", "172.32.0.1", "192.0.1.1",
            "198.20.0.1", "[2001:4860:4860::8888]", "[2002:808:808::1]", "[64:ff9b::808:808]"})
    void allowsPublicAddresses(String host) {
        assertThat(guard.check(URI.create("https://" + host + "/feed"))).isNull();
    }

    @Test
    void letsAllowListedHostsThrough() {
        assertThat(guard.check(URI.create("http://127.0.0.1:8089/"))).isNull();
        assertThat(guard.check(URI.create("http://intranet.local/"))).isNull();
    }

    @Test
    void refusesOtherSchemes() {
        assertThat(guard.check(URI.create("ftp://8.8.8.8/x"))).isEqualTo("only http and https are fetched, not 'ftp'");
    }
}
