package io.parcours.feedback.widget;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.parcours.common.error.ValidationException;
import io.parcours.common.error.ValidationException.Violation;
import io.parcours.common.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The web sites allowed to show a workspace's surveys in the widget: their origins (scheme, host and port), which the
 * browser sends with each of the widget's calls. Any other site's calls are refused.
 */
@ApplicationScoped
public class WidgetOrigins {

    public static final int MAX_ORIGINS = 20;
    static final int MAX_ORIGIN_LENGTH = 200;
    /** How long a replica answers from what it read: a change reaches every replica within this time. */
    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final WidgetOriginStore store;
    private final Caller caller;
    private final AsyncCache<String, Set<String>> allowed = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(FRESH_FOR).buildAsync();

    WidgetOrigins(WidgetOriginStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    /** The caller's workspace's widget origins, in the order they were given. */
    public Uni<List<String>> list() {
        return caller.workspaceToRead().chain(store::of);
    }

    /** Replaces the editor's workspace's widget origins with these (none: the widget works on no site). */
    public Uni<List<String>> replace(List<String> origins) {
        List<Violation> violations = violations(origins);
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new ValidationException(violations));
        }
        return caller.workspaceToWrite().chain(workspace -> store.replace(workspace, List.copyOf(origins))
                .invoke(() -> allowed.synchronous().invalidate(workspace)).replaceWith(List.copyOf(origins)));
    }

    /** Whether a page of this origin may show the workspace's surveys. */
    public Uni<Boolean> allows(String workspaceId, String origin) {
        return Uni.createFrom().completionStage(() -> allowed.get(workspaceId,
                (key, executor) -> store.of(key).map(Set::copyOf).subscribeAsCompletionStage()))
                .map(origins -> origins.contains(origin));
    }

    static List<Violation> violations(List<String> origins) {
        List<Violation> violations = new ArrayList<>();
        if (origins.size() > MAX_ORIGINS) {
            violations.add(new Violation("origins", "must list at most " + MAX_ORIGINS + " origins"));
            return violations;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < origins.size(); i++) {
            String origin = origins.get(i);
            String field = "origins[" + i + "]";
            if (!isOrigin(origin)) {
                violations.add(new Violation(field, "must be a web origin such as https://shop.example.com: http or "
                        + "https, a lower-case host and a port unless it is the scheme's own, no path, at most " + MAX_ORIGIN_LENGTH
                        + " characters"));
            } else if (!seen.add(origin)) {
                violations.add(new Violation(field, "must be unique; " + origin + " repeats"));
            }
        }
        return violations;
    }

    /** Exactly what a browser sends as Origin: scheme://host[:port], nothing more, nothing to normalise. */
    static boolean isOrigin(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_ORIGIN_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            String host = uri.getHost();
            boolean web = "https".equals(scheme) || "http".equals(scheme);
            boolean defaultPort = uri.getPort() == ("https".equals(scheme) ? 443 : 80);
            String rebuilt = scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return web && !defaultPort && host != null && host.equals(host.toLowerCase()) && uri.getRawUserInfo() == null
                    && rebuilt.equals(value);
        } catch (URISyntaxException notUri) {
            return false;
        }
    }
}
