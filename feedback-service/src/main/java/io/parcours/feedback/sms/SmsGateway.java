package io.parcours.feedback.sms;

import io.smallrye.mutiny.Uni;

/** Where text messages go: an SMS provider. Fails with a message that says what the provider answered. */
public interface SmsGateway {

    /** Sends {@code text} to the phone number (E.164); {@code messageId} lets the provider drop a repeat. */
    Uni<Void> send(String to, String text, String messageId);
}
