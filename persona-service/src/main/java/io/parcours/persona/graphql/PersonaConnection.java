package io.parcours.persona.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.paging.PageCursor;
import io.parcours.common.paging.PageInfo;
import io.parcours.persona.persona.PersonaPage;

@Description("One page of personas, oldest first (creation time, then id), Relay style.")
public record PersonaConnection(
        @NonNull @Description("The personas of this page, each with its cursor.") List<@NonNull PersonaEdge> edges,
        @NonNull @Description("Where this page sits in the whole listing.") PageInfo pageInfo,
        @Description("How many personas match the filter in total, across all pages.") int totalCount) {

    public static PersonaConnection of(PersonaPage page) {
        List<PersonaEdge> edges = page.personas().stream()
                .map(persona -> new PersonaEdge(new PageCursor(persona.createdAt, persona.id).encode(), PersonaView.of(persona)))
                .toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new PersonaConnection(edges, new PageInfo(page.hasNextPage(), endCursor), Math.toIntExact(page.totalCount()));
    }

    @Description("A persona and its position in the listing.")
    public record PersonaEdge(
            @NonNull @Description("Pass as `after` to continue after this persona.") String cursor,
            @NonNull @Description("The persona.") PersonaView node) {
    }
}
