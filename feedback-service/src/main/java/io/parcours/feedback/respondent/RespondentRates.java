package io.parcours.feedback.respondent;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How often the hosted page may be used, per minute and replica: per client address (every request) and per link
 * (submissions). Counters live in one-minute windows, so memory holds at most one window's callers.
 */
@ApplicationScoped
public class RespondentRates {

    private static final long WINDOW_MILLIS = 60_000;

    private final int perAddress;
    private final int submissionsPerLink;
    private final LongSupplier clock;
    private volatile long window;
    private volatile ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    @Inject
    RespondentRates(@ConfigProperty(name = "parcours.respond.requests-per-address-per-minute") int perAddress,
            @ConfigProperty(name = "parcours.respond.submissions-per-link-per-minute") int submissionsPerLink) {
        this(perAddress, submissionsPerLink, System::currentTimeMillis);
    }

    RespondentRates(int perAddress, int submissionsPerLink, LongSupplier clock) {
        this.perAddress = perAddress;
        this.submissionsPerLink = submissionsPerLink;
        this.clock = clock;
    }

    /** Counts a request from this address; refuses it over the limit. */
    public void request(String address) {
        count("a|" + address, perAddress);
    }

    /** Counts a submission through this link; refuses it over the limit. */
    public void submission(String token) {
        count("l|" + token, submissionsPerLink);
    }

    private void count(String key, int limit) {
        if (counts().computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > limit) {
            throw new LinkRefusal(LinkRefusal.Reason.RATE_LIMITED);
        }
    }

    private ConcurrentHashMap<String, AtomicInteger> counts() {
        long now = clock.getAsLong() / WINDOW_MILLIS;
        if (now != window) {
            synchronized (this) {
                if (now != window) {
                    counts = new ConcurrentHashMap<>();
                    window = now;
                }
            }
        }
        return counts;
    }
}
