package io.parcours.touchpoint.graphql;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.Channel;
import io.parcours.touchpoint.journey.InteractionType;
import io.parcours.touchpoint.journey.Touchpoint;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

@Name("Touchpoint")
@Key(fields = @FieldSet("id"))
@Description("One interaction point of a stage, with the designed experience and the service-blueprint lanes behind it.")
public record TouchpointView(
        @NonNull @Id @Description("Stable identifier (UUID).") String id,
        @NonNull @Id @Description("The journey the touchpoint belongs to.") String journeyId,
        @NonNull @Id @Description("The stage the touchpoint sits in.") String stageId,
        @Description("1-based order within its stage; positions are dense.") int position,
        @NonNull @Description("Name, e.g. \"Checkout page\".") String name,
        @Description("Details.") String description,
        @NonNull @Description("Where the interaction happens.") Channel channel,
        @NonNull @Description("Whether the brand runs the interaction.") InteractionType interaction,
        @Description("Team that owns it.") String ownerTeam,
        @Description("What the customer does here.") String customerAction,
        @Description("What the customer thinks here.") String customerThought,
        @Description("Designed emotion from −2 (very negative) to +2 (very positive); null when not designed.") Integer emotion,
        @NonNull @Description("Pain points.") List<@NonNull String> painPoints,
        @NonNull @Description("Improvement opportunities.") List<@NonNull String> opportunities,
        @NonNull @Description("Service blueprint: what the customer sees the brand do.") List<@NonNull String> frontstage,
        @NonNull @Description("Service blueprint: what happens out of the customer's sight.") List<@NonNull String> backstage,
        @NonNull @Description("Service blueprint: systems and teams that support it.") List<@NonNull String> supportProcesses,
        @Description("Optimistic-locking version: pass it as expectedVersion when updating.") int version,
        @NonNull @Description("When it was created.") Instant createdAt,
        @NonNull @Description("When it last changed.") Instant updatedAt) {

    public static TouchpointView of(Touchpoint t) {
        return t == null ? null : new TouchpointView(t.id.toString(), t.journeyId.toString(), t.stageId.toString(),
                t.position, t.name, t.description, t.channel, t.interaction, t.ownerTeam, t.customerAction,
                t.customerThought, t.emotion == null ? null : t.emotion.intValue(), List.copyOf(t.painPoints),
                List.copyOf(t.opportunities), List.copyOf(t.frontstage), List.copyOf(t.backstage),
                List.copyOf(t.supportProcesses), Math.toIntExact(t.version), t.createdAt, t.updatedAt);
    }
}
