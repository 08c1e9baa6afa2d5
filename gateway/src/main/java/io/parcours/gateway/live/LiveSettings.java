package io.parcours.gateway.live;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of the live (WebSocket) endpoint. */
@ConfigMapping(prefix = "parcours.live")
public interface LiveSettings {

    /** How long a new socket may wait before its connection_init; closed with 4408 after. */
    @WithDefault("10s")
    Duration initTimeout();

    /** Subscriptions one socket may hold at once. */
    @WithDefault("20")
    int maxSubscriptions();

    /** Bytes waiting to be written to a socket before it counts as too slow and is closed (1013). */
    @WithDefault("1048576")
    int maxPendingBytes();

    /** How often the server pings; a socket that sends nothing (not even a pong) for three of these is closed. */
    @WithDefault("15s")
    Duration pingEvery();
}
