package io.parcours.persona;

import org.junit.jupiter.api.Test;

import io.parcours.testing.Layers;

class LayersTest {

    @Test
    void noDomainClassUsesAnAdapter() {
        Layers.checkDomainIgnoresAdapters("io.parcours.persona");
    }

    @Test
    void packagesDoNotImportEachOtherInACircle() {
        Layers.checkPackagesFreeOfCycles("io.parcours.persona");
    }
}
