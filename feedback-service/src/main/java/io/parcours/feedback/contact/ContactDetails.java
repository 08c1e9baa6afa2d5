package io.parcours.feedback.contact;

import java.util.Map;

/** What an editor or an import sets on a contact; attributes and consents are replaced as a whole. */
public record ContactDetails(String respondentRef, String email, String phone, String locale, String timeZone,
        Map<String, String> attributes, boolean emailConsent, boolean smsConsent) {
}
