package io.parcours.feedback.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where webhooks may go: {@code http} or {@code https} URLs of public addresses. Loopback, private, link-local,
 * reserved and other special addresses ({@link SpecialAddresses}) are refused (a webhook must not become a way into the platform's own network) unless
 * listed in {@code parcours.webhooks.allowed-private-hosts}. Names are resolved when an endpoint is saved and again
 * before every delivery, which then connects to the address it checked.
 */
@ApplicationScoped
public class WebhookUrls {

    public static final int MAX_LENGTH = 2_000;

    private final Set<String> allowedPrivateHosts;

    public WebhookUrls(@ConfigProperty(name = "parcours.webhooks.allowed-private-hosts") Optional<List<String>> allowed) {
        this.allowedPrivateHosts = allowed.orElse(List.of()).stream().map(host -> host.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    /** The URL, or a failure naming the rule it breaks (resolving its host off the event loop). */
    Uni<URI> checked(String url) {
        URI uri;
        try {
            uri = parse(url);
        } catch (RefusedUrl refused) {
            return Uni.createFrom().failure(refused);
        }
        return Uni.createFrom().item(() -> {
            address(uri);
            return uri;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The URL's rules that need no lookup. */
    static URI parse(String url) throws RefusedUrl {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            throw new RefusedUrl("must be an http or https URL of 1–" + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            throw new RefusedUrl("must be a valid URL: " + malformed.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedUrl("must use http or https");
        }
        if (uri.getHost() == null) {
            throw new RefusedUrl("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedUrl("must not carry credentials (the secret signs every delivery)");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedUrl("must not have a fragment");
        }
        return uri;
    }

    /**
     * The address to deliver to: the host resolved, refused when it is internal and not allowed. Blocking (DNS):
     * call off the event loop.
     */
    InetAddress address(URI uri) throws RefusedUrl {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            throw new RefusedUrl("names a host that does not resolve: " + host);
        }
        boolean allowed = allowedPrivateHosts.contains(host);
        for (InetAddress address : addresses) {
            String special = allowed || allowedPrivateHosts.contains(address.getHostAddress()) ? null
                    : SpecialAddresses.refusal(address);
            if (special != null) {
                throw new RefusedUrl("must point to a public address, not a loopback, private, link-local or reserved "
                        + "one (" + host + " is " + address.getHostAddress() + ": " + special + ")");
            }
        }
        return addresses[0];
    }

    static boolean isInternal(InetAddress address) {
        return SpecialAddresses.refusal(address) != null;
    }

    /** A URL a webhook may not use; the message is the rule. */
    public static final class RefusedUrl extends RuntimeException {
        RefusedUrl(String rule) {
            super(rule);
        }
    }
}
