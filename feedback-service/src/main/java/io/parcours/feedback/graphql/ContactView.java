package io.parcours.feedback.graphql;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.contact.Contact;

@Name("Contact")
@Description("A person the workspace may invite to its surveys. Personal data: email and phone are shown to editors "
        + "and admins only (null for a viewer); hasEmail and hasPhone say whether there are any.")
public record ContactView(
        @NonNull @Id @Description("Stable identifier (UUID), derived from the workspace and respondentRef.") String id,
        @NonNull @Description("The pseudonymous reference its responses and interactions carry.") String respondentRef,
        @Description("E-mail address (editors and admins only).") String email,
        @Description("Phone number in E.164 form (editors and admins only).") String phone,
        @Description("Whether it has an e-mail address.") boolean hasEmail,
        @Description("Whether it has a phone number.") boolean hasPhone,
        @Description("Preferred locale, e.g. fr; the survey's default when null.") String locale,
        @Description("Time zone, e.g. Europe/Paris.") String timeZone,
        @NonNull @Description("Attributes to choose whom to invite, e.g. tier=gold.") List<@NonNull ContactAttribute> attributes,
        @Description("Whether it agreed to be invited by e-mail.") boolean emailConsent,
        @Description("Whether it agreed to be invited by SMS.") boolean smsConsent,
        @Description("When it unsubscribed; it is then never invited again.") Instant unsubscribedAt,
        @NonNull @Description("When it was first stored.") Instant createdAt,
        @NonNull @Description("When it last changed.") Instant updatedAt) {

    static ContactView of(Contact c, boolean detailsShown) {
        if (c == null) {
            return null;
        }
        Map<String, String> attributes = c.attributes() == null ? Map.of() : c.attributes();
        return new ContactView(c.id(), c.respondentRef(), detailsShown ? c.email() : null,
                detailsShown ? c.phone() : null, c.email() != null, c.phone() != null, c.locale(), c.timeZone(),
                attributes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new ContactAttribute(e.getKey(), e.getValue())).toList(),
                c.emailConsent(), c.smsConsent(), c.unsubscribedAt(), c.createdAt(), c.updatedAt());
    }

    @Name("ContactAttribute")
    @Description("One attribute of a contact.")
    public record ContactAttribute(@NonNull @Description("Its name.") String name,
            @NonNull @Description("Its value.") String value) {
    }
}
