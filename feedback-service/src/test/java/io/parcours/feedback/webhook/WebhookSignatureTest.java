package io.parcours.feedback.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsLikeTheStandardWebhooksExample() {
        // The example of the Standard Webhooks specification and its reference libraries.
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void newSecretsAreSecretsAndOthersAreNot() {
        String secret = WebhookSignature.newSecret();
        assertThat(WebhookSignature.isSecret(secret)).isTrue();
        assertThat(secret).isNotEqualTo(WebhookSignature.newSecret());
        assertThat(WebhookSignature.isSecret("whsec_" + "c2hvcnQ=")).as("5 bytes").isFalse();
        assertThat(WebhookSignature.isSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).as("no prefix").isFalse();
        assertThat(WebhookSignature.isSecret("whsec_not base64!")).isFalse();
    }
}
