package io.parcours.touchpoint.support;

import io.parcours.testing.KafkaResource;
import io.parcours.testing.PostgresResource;
import io.parcours.testing.TokenKeysResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Starts PostgreSQL, Kafka and the trusted token keys once for every @QuarkusTest of this module. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TokenKeysResource.class, restrictToAnnotatedClass = false)
public class GlobalTestResources {
}
