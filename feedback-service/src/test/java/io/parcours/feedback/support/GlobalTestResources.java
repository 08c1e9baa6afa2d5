package io.parcours.feedback.support;

import io.parcours.testing.KafkaResource;
import io.parcours.testing.MongoResource;
import io.parcours.testing.TokenKeysResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Starts the MongoDB-protocol server, Kafka, an SMTP server, an SMS endpoint and the trusted token keys once for every
 * @QuarkusTest of this module.
 */
@QuarkusTestResource(value = MongoResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TokenKeysResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SmtpResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SmsResource.class, restrictToAnnotatedClass = false)
public class GlobalTestResources {
}
