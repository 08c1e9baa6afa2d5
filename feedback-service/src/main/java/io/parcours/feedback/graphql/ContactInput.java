package io.parcours.feedback.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ContactInput")
@Description("A contact as the client wants it, found by respondentRef: created, or its details replaced (an "
        + "unsubscription stays).")
public class ContactInput {

    @NonNull
    @Description("The pseudonymous reference (1–200 characters) its responses and interactions carry.")
    public String respondentRef;

    @Description("E-mail address; an e-mail address or a phone number is needed.")
    public String email;

    @Description("Phone number in international E.164 form, e.g. +33612345678.")
    public String phone;

    @Description("Preferred locale, e.g. fr or fr-FR.")
    public String locale;

    @Description("IANA time zone, e.g. Europe/Paris.")
    public String timeZone;

    @Description("Up to 20 attributes: names of 1–40 letters, digits or _, values up to 200 characters.")
    public List<@NonNull ContactAttributeInput> attributes;

    @DefaultValue("false")
    @Description("Whether it agreed to be invited by e-mail; false when omitted.")
    public boolean emailConsent;

    @DefaultValue("false")
    @Description("Whether it agreed to be invited by SMS; false when omitted.")
    public boolean smsConsent;

    @Name("ContactAttributeInput")
    @Description("One attribute of a contact.")
    public static class ContactAttributeInput {
        @NonNull
        public String name;
        @NonNull
        public String value;
    }
}
