package io.parcours.feedback.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

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

    @Test
    void internalAddressesAreRefusedUnlessAllowed() throws Exception {
        WebhookUrls strict = new WebhookUrls(Optional.empty());
        for (String internal : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "[::1]", "[fd00::1]", "[fe80::1]", "localhost")) {
            assertThatThrownBy(() -> strict.address(URI.create("http://" + internal + "/hook")))
                    .as(internal).hasMessageContaining("must not point to a loopback, private or link-local address");
        }
        assertThat(WebhookUrls.isInternal(InetAddress.getByName("93.184.215.14"))).isFalse();
        assertThat(WebhookUrls.isInternal(InetAddress.getByName("2606:2800:21f:cb07:6820:80da:af6b:8b2c"))).isFalse();

        WebhookUrls allowing = new WebhookUrls(Optional.of(List.of("127.0.0.1")));
        assertThat(allowing.address(URI.create("http://127.0.0.1:9000/hook")).getHostAddress()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> allowing.address(URI.create("http://10.0.0.1/hook"))).hasMessageContaining("10.0.0.1");
    }
}
