package io.parcours.gateway.feedback;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.gateway.forward.Forwarded;
import io.parcours.gateway.forward.Forwarding;
import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/** Contacts (personal data) and their invitations, served by feedback-service. */
@GraphQLApi
public class ContactApi {

    private final Forwarding forward;
    private final Subgraph subgraph;

    public ContactApi(Forwarding forward, @Named(Subgraphs.FEEDBACK) Subgraph subgraph) {
        this.forward = forward;
        this.subgraph = subgraph;
    }

    @Query("contacts")
    @Description("Contacts, oldest first, 1–100 per page, searched by reference or e-mail address. Role viewer or "
            + "above; e-mail addresses and phone numbers for editors and admins only.")
    public Uni<Forwarded> contacts() {
        return forward.read(subgraph);
    }

    @Query("contact")
    @Description("The contact with this respondentRef; null when unknown in the caller's workspace.")
    public Uni<Forwarded> contact() {
        return forward.read(subgraph);
    }

    @Mutation("upsertContact")
    @Description("Creates a contact or replaces its details, found by respondentRef (role editor or admin).")
    public Uni<Forwarded> upsertContact() {
        return forward.write(subgraph);
    }

    @Mutation("importContacts")
    @Description("Imports contacts from CSV text (role editor or admin); each refused row is reported with why.")
    public Uni<Forwarded> importContacts() {
        return forward.write(subgraph);
    }

    @Mutation("unsubscribeContact")
    @Description("Records that the contact wants no more invitations (role editor or admin).")
    public Uni<Forwarded> unsubscribeContact() {
        return forward.write(subgraph);
    }

    @Mutation("inviteContacts")
    @Description("Schedules an e-mail invitation to a survey for each contact given, or matching attributes (role "
            + "editor or admin); each is sent when due, or suppressed with its reason.")
    public Uni<Forwarded> inviteContacts() {
        return forward.write(subgraph);
    }

    @Query("invitationStats")
    @Description("What became of a survey's invitations: invited, sent, opened, answered, response rate, median time "
            + "to answer (role viewer or above).")
    public Uni<Forwarded> invitationStats() {
        return forward.read(subgraph);
    }

    @Query("invitations")
    @Description("Invitations, oldest first, by survey, state or contact (role viewer or above).")
    public Uni<Forwarded> invitations() {
        return forward.read(subgraph);
    }
}
