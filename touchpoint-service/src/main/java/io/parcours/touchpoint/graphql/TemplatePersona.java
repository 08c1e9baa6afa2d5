package io.parcours.touchpoint.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.Channel;

/** The persona a template is written for: what a client gives persona-service's createPersona to create it. */
@Name("TemplatePersona")
@Description("The persona a journey template is written for, as fields for createPersona (persona-service): the "
        + "web app offers to create it with the journey.")
public record TemplatePersona(
        @NonNull String name,
        String title,
        String summary,
        String quote,
        @NonNull List<@NonNull String> goals,
        @NonNull List<@NonNull String> frustrations,
        @NonNull List<@NonNull Channel> preferredChannels) {
}
