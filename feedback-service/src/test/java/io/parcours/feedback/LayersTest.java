package io.parcours.feedback;

import org.junit.jupiter.api.Test;

import io.parcours.testing.Layers;

class LayersTest {

    @Test
    void noDomainClassUsesAnAdapter() {
        Layers.checkDomainIgnoresAdapters("io.parcours.feedback");
    }

    @Test
    void packagesDoNotImportEachOtherInACircle() {
        Layers.checkPackagesFreeOfCycles("io.parcours.feedback");
    }
}
