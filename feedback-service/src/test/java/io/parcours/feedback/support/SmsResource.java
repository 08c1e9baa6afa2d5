package io.parcours.feedback.support;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The SMS provider's endpoint for the tests: the webhook receiver process (tools/webhook-receiver), which checks every
 * message's signature with the Standard Webhooks reference library and lists what it received.
 */
public class SmsResource implements QuarkusTestResourceLifecycleManager {

    private static WebhookReceiver receiver;

    @Override
    public Map<String, String> start() {
        byte[] key = new byte[24];
        new SecureRandom().nextBytes(key);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        try {
            receiver = WebhookReceiver.start(Map.of("SECRET", secret));
        } catch (Exception e) {
            throw new IllegalStateException("the SMS endpoint (webhook receiver) did not start", e);
        }
        return Map.of("parcours.sms.endpoint", receiver.url("/sms"), "parcours.sms.secret", secret);
    }

    @Override
    public void stop() {
        if (receiver != null) {
            receiver.close();
        }
    }

    /** The receiver every test of this JVM's application sends text messages to. */
    public static WebhookReceiver receiver() {
        return receiver;
    }
}
