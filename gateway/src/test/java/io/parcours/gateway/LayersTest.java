package io.parcours.gateway;

import org.junit.jupiter.api.Test;

import io.parcours.testing.Layers;

/**
 * The gateway's packages import in one direction: the feature packages (journey, feedback, emotion, live) use the
 * forwarding machinery (forward), which uses the subgraph calls (subgraph); joins are offered to forward as beans
 * (JoinSource), never named by it.
 */
class LayersTest {

    @Test
    void packagesDoNotImportEachOtherInACircle() {
        Layers.checkPackagesFreeOfCycles("io.parcours.gateway");
    }
}
