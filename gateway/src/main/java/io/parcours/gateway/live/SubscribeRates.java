package io.parcours.gateway.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How fast subscriptions may be started: per socket and per caller (all of one user's or client's sockets together),
 * a bucket of {@code subscribeBurst} refilled at {@code subscribeRate} a second. A client that subscribes and
 * completes in a loop would otherwise make the gateway open and close upstream subscriptions as fast as it sends.
 */
@ApplicationScoped
public class SubscribeRates {

    private static final int FORGET_ABOVE = 10_000;

    private final LiveSettings settings;
    private final Map<String, Bucket> callers = new ConcurrentHashMap<>();

    public SubscribeRates(LiveSettings settings) {
        this.settings = settings;
    }

    /** A bucket for one socket. */
    Bucket newBucket() {
        return new Bucket(settings.subscribeBurst(), settings.subscribeRate());
    }

    /** Takes one subscribe from the caller's bucket; false when it is empty. */
    boolean allowCaller(String caller) {
        if (callers.size() >= FORGET_ABOVE) {
            callers.values().removeIf(Bucket::full); // a full bucket says nothing: only recent callers are kept
        }
        return callers.computeIfAbsent(caller, key -> new Bucket(2 * settings.subscribeBurst(),
                2 * settings.subscribeRate())).take();
    }

    /** A token bucket. */
    static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(int capacity, int perSecond) {
            this.capacity = capacity;
            this.perNano = perSecond / 1e9;
            this.tokens = capacity;
        }

        synchronized boolean take() {
            refill();
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean full() {
            refill();
            return tokens >= capacity;
        }

        private void refill() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
        }
    }
}
