package io.parcours.feedback.contact;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.parcours.common.error.ValidationException.Violation;

/** The rules of a contact, the same for the API and for each imported row; nothing is trimmed or changed. */
final class ContactRules {

    static final int MAX_REF = 200;
    static final int MAX_ATTRIBUTES = 20;
    static final int MAX_ATTRIBUTE_VALUE = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Pattern LOCALE = Pattern.compile("^[a-z]{2}(-[A-Z]{2})?$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9_]{0,39}$");

    private ContactRules() {
    }

    /** Each broken rule, its field named under {@code prefix} ("input." for the API, "" for a CSV row). */
    static List<Violation> check(ContactDetails contact, String prefix) {
        List<Violation> violations = new ArrayList<>();
        String ref = contact.respondentRef();
        if (ref == null || ref.isBlank() || ref.length() > MAX_REF || !ref.strip().equals(ref)) {
            violations.add(new Violation(prefix + "respondentRef",
                    "must be 1–" + MAX_REF + " characters without leading or trailing spaces"));
        }
        if (contact.email() == null && contact.phone() == null) {
            violations.add(new Violation(prefix + "email", "an e-mail address or a phone number is needed"));
        }
        if (contact.email() != null && (contact.email().length() > 254 || !EMAIL.matcher(contact.email()).matches())) {
            violations.add(new Violation(prefix + "email", "must be an e-mail address like name@example.com"));
        }
        if (contact.phone() != null && !PHONE.matcher(contact.phone()).matches()) {
            violations.add(new Violation(prefix + "phone", "must be an international number like +33612345678 (E.164)"));
        }
        if (contact.locale() != null && !LOCALE.matcher(contact.locale()).matches()) {
            violations.add(new Violation(prefix + "locale", "must be a locale like en or fr-FR"));
        }
        if (contact.timeZone() != null && !isZone(contact.timeZone())) {
            violations.add(new Violation(prefix + "timeZone", "must be a time zone like Europe/Paris"));
        }
        checkAttributes(contact.attributes(), prefix, violations);
        return violations;
    }

    private static void checkAttributes(Map<String, String> attributes, String prefix, List<Violation> violations) {
        if (attributes == null) {
            return;
        }
        if (attributes.size() > MAX_ATTRIBUTES) {
            violations.add(new Violation(prefix + "attributes", "must hold at most " + MAX_ATTRIBUTES + " attributes"));
        }
        attributes.forEach((name, value) -> {
            if (!ATTRIBUTE.matcher(name).matches()) {
                violations.add(new Violation(prefix + "attributes." + name,
                        "name must be 1–40 letters, digits or _, starting with a letter"));
            } else if (value == null || value.length() > MAX_ATTRIBUTE_VALUE) {
                violations.add(new Violation(prefix + "attributes." + name,
                        "must be a text of at most " + MAX_ATTRIBUTE_VALUE + " characters"));
            }
        });
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return zone.contains("/") || zone.equals("UTC");
        } catch (DateTimeException unknown) {
            return false;
        }
    }
}
