package io.parcours.gateway.journey;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Input("InteractionInput")
@Description("An analytics event: customer customerRef met touchpointId at occurredAt.")
public record InteractionInput(
        @NonNull @Description("Client-generated id; a replay with the same id is stored once.") String eventId,
        @NonNull @Id @Description("The touchpoint met.") String touchpointId,
        @NonNull @Description("Pseudonymous customer reference.") String customerRef,
        @NonNull @Description("When it happened (at most 5 minutes in the future).") OffsetDateTime occurredAt,
        @Description("Order value, if the interaction carried one.") BigDecimal orderValue) {
}
