package io.parcours.gateway.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many live sockets each caller (a token's subject) holds at once, so that one user or client cannot fill the
 * gateway's memory with sockets: one more than {@link LiveSettings#maxSocketsPerCaller()} is closed with 4429.
 */
@ApplicationScoped
public class CallerSockets {

    private final LiveSettings settings;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    public CallerSockets(LiveSettings settings) {
        this.settings = settings;
    }

    /** Counts a socket of the caller in; false (and not counted) when it holds as many as it may. */
    boolean opened(String caller) {
        boolean[] admitted = { false };
        open.compute(caller, (key, count) -> {
            int held = count == null ? 0 : count;
            admitted[0] = held < settings.maxSocketsPerCaller();
            return admitted[0] ? held + 1 : count;
        });
        return admitted[0];
    }

    void closed(String caller) {
        open.computeIfPresent(caller, (key, count) -> count <= 1 ? null : count - 1);
    }
}
