package io.parcours.feedback.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookUrlsTest {

    @Test
    void onlyHttpAndHttpsWithAHostAndNoCredentials() {
        assertThat(WebhookUrls.parse("https://hooks.example.com/parcours?x=1").getHost()).isEqualTo("hooks.example.com");
        assertThatThrownBy(() -> WebhookUrls.parse("ftp://example.com/")).hasMessage("must use http or https");
        assertThatThrownBy(() -> WebhookUrls.parse("file:///etc/passwd")).hasMessage("must use http or https");
        assertThatThrownBy(() -> WebhookUrls.parse("/relative")).hasMessage("must use http or https");
        assertThatThrownBy(() -> WebhookUrls.parse("https://user:pw@example.com/")).hasMessageContaining("credentials");
        assertThatThrownBy(() -> WebhookUrls.parse("https://example.com/#x")).hasMessage("must not have a fragment");
        assertThatThrownBy(() -> WebhookUrls.parse("https://exa mple.com/")).hasMessageStartingWith("must be a valid URL");
        assertThatThrownBy(() -> WebhookUrls.parse("https://" + "a".repeat(2000) + ".com/")).hasMessageContaining("2000");
    }

    /**
     * Every entry of the IANA IPv4 and IPv6 Special-Purpose Address Registries, by an address inside it, with what the
     * registry's "globally reachable" column says (the more specific entry deciding), and the IPv6 forms that carry an
     * IPv4 address. The embedded and reserved forms were once accepted.
     */
    @ParameterizedTest(name = "{0} refused: {1}")
    @CsvSource(textBlock = """
            0.1.2.3, true
            0.0.0.0, true
            10.20.30.40, true
            100.64.0.1, true
            100.127.255.254, true
            127.0.0.2, true
            169.254.169.254, true
            172.31.255.255, true
            192.0.0.1, true
            192.0.0.8, true
            192.0.0.9, false
            192.0.0.10, false
            192.0.0.170, true
            192.0.0.171, true
            192.0.0.200, true
            192.0.2.10, true
            192.31.196.1, false
            192.52.193.1, false
            192.88.99.1, true
            192.168.100.1, true
            192.175.48.1, false
            198.18.0.1, true
            198.19.255.254, true
            198.51.100.7, true
            203.0.113.9, true
            240.0.0.1, true
            255.255.255.254, true
            255.255.255.255, true
            224.0.0.251, true
            93.184.215.14, false
            8.8.8.8, false
            ::1, true
            ::, true
            ::ffff:169.254.169.254, true
            ::ffff:8.8.8.8, false
            64:ff9b::a9fe:a9fe, true
            64:ff9b::808:808, false
            64:ff9b:1::1, true
            100::1, true
            100:0:0:1::1, true
            2001:0:4136:e378:8000:63bf:3fff:fdd2, true
            2001:1::1, false
            2001:1::2, false
            2001:1::3, false
            2001:2::1, true
            2001:3::1, false
            2001:4:112::1, false
            2001:10::1, true
            2001:20::1, false
            2001:30::1, false
            2001:100::1, true
            2001:db8::1, true
            2002:a9fe:a9fe::1, true
            2002:c0a8:0101::1, true
            2002:0808:0808::1, false
            2620:4f:8000::1, false
            3fff::1, true
            5f00::1, true
            fc00::1, true
            fd12:3456::1, true
            fe80::1, true
            fec0::1, true
            ff02::1, true
            ::a9fe:a9fe, true
            ::808:808, true
            2606:2800:21f:cb07:6820:80da:af6b:8b2c, false
            """)
    void specialPurposeAddressesAreRefused(String address, boolean refused) throws Exception {
        assertThat(WebhookUrls.isInternal(InetAddress.getByName(address))).isEqualTo(refused);
    }

    @Test
    void anIpv4AddressInsideIpv6NamesTheRule() {
        WebhookUrls strict = new WebhookUrls(Optional.empty());
        assertThatThrownBy(() -> strict.address(URI.create("http://[64:ff9b::a9fe:a9fe]/hook")))
                .hasMessageContaining("169.254.169.254").hasMessageContaining("Link Local");
        assertThatThrownBy(() -> strict.address(URI.create("http://[2001::1]/hook"))).hasMessageContaining("TEREDO");
    }

    @Test
    void internalAddressesAreRefusedUnlessAllowed() throws Exception {
        WebhookUrls strict = new WebhookUrls(Optional.empty());
        for (String internal : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "[::1]", "[fd00::1]", "[fe80::1]", "localhost")) {
            assertThatThrownBy(() -> strict.address(URI.create("http://" + internal + "/hook")))
                    .as(internal).hasMessageContaining("must point to a public address, not a loopback, private, link-local or reserved one");
        }
        assertThat(WebhookUrls.isInternal(InetAddress.getByName("93.184.215.14"))).isFalse();
        assertThat(WebhookUrls.isInternal(InetAddress.getByName("2606:2800:21f:cb07:6820:80da:af6b:8b2c"))).isFalse();

        WebhookUrls allowing = new WebhookUrls(Optional.of(List.of("127.0.0.1")));
        assertThat(allowing.address(URI.create("http://127.0.0.1:9000/hook")).getHostAddress()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> allowing.address(URI.create("http://10.0.0.1/hook"))).hasMessageContaining("10.0.0.1");
    }
}
