package io.parcours.feedback.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.common.error.ValidationException;
import io.parcours.feedback.contact.ContactDetails;
import io.parcours.feedback.contact.ContactService;
import io.smallrye.mutiny.Uni;

/** Contacts (personal data): editors write them, readers list them without their details. */
@GraphQLApi
public class ContactApi {

    private final ContactService contacts;

    public ContactApi(ContactService contacts) {
        this.contacts = contacts;
    }

    @Query("contacts")
    @Description("Contacts of the caller's workspace, oldest first; search matches respondentRef or e-mail address "
            + "(case-insensitive). Role viewer or above; e-mail addresses and phone numbers for editors and admins only.")
    public Uni<@NonNull ContactConnection> contacts(@Description("Text the reference or e-mail address contains.") String search,
            @DefaultValue("20") @Description("Page size, 1–100.") Integer first,
            @Description("Cursor of the edge to continue after.") String after) {
        return contacts.list(search, first, after).map(ContactConnection::of);
    }

    @Query("contact")
    @Description("The contact with this respondentRef; null when unknown in the caller's workspace. "
            + "Role viewer or above; e-mail address and phone number for editors and admins only.")
    public Uni<ContactView> contact(@NonNull String respondentRef) {
        return contacts.find(respondentRef).map(found -> ContactView.of(found, contacts.detailsShown()));
    }

    @Mutation("upsertContact")
    @Description("Creates the contact with this respondentRef or replaces its details (role editor or admin); an "
            + "unsubscription stays. Import many at once with POST /api/v1/contacts/import (CSV).")
    public Uni<@NonNull ContactView> upsertContact(@NonNull ContactInput input) {
        ContactDetails details;
        try {
            details = details(input);
        } catch (ValidationException refused) {
            return Uni.createFrom().failure(refused);
        }
        return contacts.upsert(details).map(found -> ContactView.of(found, true));
    }

    @Mutation("importContacts")
    @Description("Imports contacts from CSV text (role editor or admin), as POST /api/v1/contacts/import does, within "
            + "the GraphQL body limit (1 MiB, some 8,000 rows; the REST endpoint takes 10,000 rows and 4 MiB). Valid "
            + "rows are stored; each refused row is reported with its number and every rule it broke.")
    public Uni<@NonNull ContactImportView> importContacts(@NonNull String csv) {
        return contacts.importCsv(csv).map(ContactImportView::of);
    }

    @Mutation("unsubscribeContact")
    @Description("Records that the contact wants no more invitations (role editor or admin); its scheduled ones are "
            + "suppressed.")
    public Uni<@NonNull ContactView> unsubscribeContact(@NonNull String respondentRef) {
        return contacts.unsubscribe(respondentRef).map(found -> ContactView.of(found, true));
    }

    private static ContactDetails details(ContactInput input) throws ValidationException {
        Map<String, String> attributes = null;
        if (input.attributes != null) {
            attributes = new LinkedHashMap<>();
            for (int i = 0; i < input.attributes.size(); i++) {
                ContactInput.ContactAttributeInput attribute = input.attributes.get(i);
                if (attributes.put(attribute.name, attribute.value) != null) {
                    throw ValidationException.of("input.attributes[" + i + "].name", "repeats " + attribute.name);
                }
            }
        }
        return new ContactDetails(input.respondentRef, input.email, input.phone, input.locale, input.timeZone,
                attributes, input.emailConsent, input.smsConsent);
    }
}
