package io.parcours.touchpoint.analytics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("InteractionInput")
@Description("One analytics event: customer customerRef met touchpoint touchpointId at occurredAt.")
public class InteractionEvent {

    @NonNull
    @Description("Client-generated id, 1–100 characters, unique per workspace: a replayed event is stored once.")
    public String eventId;

    @NonNull
    @Id
    @Description("The touchpoint met.")
    public String touchpointId;

    @NonNull
    @Description("Pseudonymous customer reference, 1–200 characters; never a name or an e-mail address.")
    public String customerRef;

    @NonNull
    @Description("When it happened; at most 5 minutes in the future of the server's clock.")
    public OffsetDateTime occurredAt;

    @Description("Order value, if the interaction ended in an order: 0 to 999,999,999,999.99.")
    public BigDecimal orderValue;
}
