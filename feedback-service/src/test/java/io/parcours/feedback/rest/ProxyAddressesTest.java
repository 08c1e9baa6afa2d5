package io.parcours.feedback.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The proxies trusted for X-Forwarded-For are addresses or ranges, never names: Quarkus looks a name up in DNS on every
 * request, and an IPv6 address without its prefix ("::1") reads as one. Measured: 30 ms per request on this machine,
 * 5 s where the lookup times out.
 */
class ProxyAddressesTest {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?");
    private static final Pattern IPV6_RANGE = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*/\\d{1,3}");
    private static final Pattern DEFAULT = Pattern.compile("\\$\\{TRUSTED_PROXIES:(.*)}");
    private static final Pattern K8S = Pattern.compile("TRUSTED_PROXIES: \"(.*)\"");

    @Test
    void theLocalDefaultIsAddressesOnly() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertAddressesOnly(match(DEFAULT, properties.getProperty("quarkus.http.proxy.trusted-proxies")));
    }

    @Test
    void theKubernetesValueIsAddressesOnly() throws IOException {
        String configMap = Files.readString(Path.of("../k8s/base/feedback-service/configmap.yaml"));
        assertAddressesOnly(match(K8S, configMap));
    }

    @Test
    void aBareIpv6AddressOrANameIsCaught() {
        assertThat(List.of("::1", "localhost", "proxy.example.com")).noneMatch(ProxyAddressesTest::isAddress);
        assertThat(List.of("127.0.0.1", "10.0.0.0/8", "::1/128", "fd00::/8")).allMatch(ProxyAddressesTest::isAddress);
    }

    private static void assertAddressesOnly(String proxies) {
        assertThat(Arrays.stream(proxies.split(",")).map(String::trim).toList()).isNotEmpty()
                .allMatch(ProxyAddressesTest::isAddress, "an IPv4 address or range, or an IPv6 range");
    }

    private static boolean isAddress(String entry) {
        return IPV4.matcher(entry).matches() || IPV6_RANGE.matcher(entry).matches();
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
