package io.parcours.gateway.e2e;

import io.quarkus.test.common.QuarkusTestResource;

/** One platform for every end-to-end test class, so the packaged gateway starts once. */
@QuarkusTestResource(value = Platform.class, restrictToAnnotatedClass = false)
public class PlatformResources {
}
