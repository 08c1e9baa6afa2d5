package io.parcours.touchpoint.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.touchpoint.journey.JourneyMap;
import io.parcours.touchpoint.journey.Stage;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

@Name("Stage")
// An entity so that other subgraphs can add fields to it (feedback); read here only inside its journey.
@Key(fields = @FieldSet("id"), resolvable = false)
@Description("A phase of a journey, e.g. \"Comparison\", holding its touchpoints in order.")
public record StageView(
        @NonNull @Id @Description("Stable identifier (UUID).") String id,
        @NonNull @Description("Name, e.g. \"Comparison\".") String name,
        @Description("1-based order within the journey; positions are dense.") int position,
        @NonNull @Description("The stage's touchpoints in order.") List<@NonNull TouchpointView> touchpoints) {

    static StageView of(Stage stage, JourneyMap map) {
        return new StageView(stage.id.toString(), stage.name, stage.position,
                map.touchpointsOf(stage).stream().map(TouchpointView::of).toList());
    }
}
