package io.parcours.touchpoint;

import org.junit.jupiter.api.Test;

import io.parcours.testing.Layers;

class LayersTest {

    @Test
    void noDomainClassUsesAnAdapter() {
        Layers.checkDomainIgnoresAdapters("io.parcours.touchpoint");
    }

    @Test
    void packagesDoNotImportEachOtherInACircle() {
        Layers.checkPackagesFreeOfCycles("io.parcours.touchpoint");
    }
}
