package io.parcours.feedback.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.feedback.widget.WidgetOrigins;
import io.smallrye.mutiny.Uni;

/** The web sites on which the workspace's surveys may appear through the website widget. */
@GraphQLApi
public class WidgetApi {

    private final WidgetOrigins origins;

    public WidgetApi(WidgetOrigins origins) {
        this.origins = origins;
    }

    @Query("widgetOrigins")
    @Description("The origins of the web sites allowed to show the workspace's surveys with the website widget, e.g. "
            + "https://shop.example.com (role viewer or above).")
    public Uni<@NonNull List<@NonNull String>> widgetOrigins() {
        return origins.list();
    }

    @Mutation("setWidgetOrigins")
    @Description("Replaces the origins allowed to show the workspace's surveys with the website widget (role editor or "
            + "admin; at most 20, each http or https, a lower-case host and a port unless it is the scheme's own, no "
            + "path). A survey's calls from any other site are refused. Replicas apply a change within 10 seconds.")
    public Uni<@NonNull List<@NonNull String>> setWidgetOrigins(@NonNull List<@NonNull String> origins) {
        return this.origins.replace(origins);
    }
}
