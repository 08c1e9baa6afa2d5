package io.parcours.persona;

import org.junit.jupiter.api.Test;

import io.parcours.testing.Layers;

class LayersTest {

    @Test
    void noDomainClassUsesAnAdapter() {
        Layers.checkDomainIgnoresAdapters("io.parcours.persona");
    }
}
