package io.parcours.gateway.forward;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.parcours.gateway.subgraph.Subgraphs;

/**
 * The three subgraphs' kept SDLs (each subgraph's SchemaIT checks its file against the running service; the build
 * copies them into the gateway). The gateway's public types are read from them: a field added to a subgraph reaches
 * the public schema without a change to the gateway's code.
 */
public final class SubgraphSdls {

    /** In this order a type defined by several subgraphs (PageInfo, Channel) is read from the first. */
    static final List<String> SUBGRAPHS = List.of(Subgraphs.PERSONA, Subgraphs.TOUCHPOINT, Subgraphs.FEEDBACK);

    /**
     * Entities are defined by several subgraphs: each adds its own fields to the others' (federation). The gateway
     * reads an entity's fields from the subgraph that owns it and joins the others' fields itself.
     */
    private static final Map<String, String> ENTITY_OWNERS = Map.of(
            "Persona", Subgraphs.PERSONA,
            "Journey", Subgraphs.TOUCHPOINT,
            "Stage", Subgraphs.TOUCHPOINT,
            "Touchpoint", Subgraphs.TOUCHPOINT,
            "Survey", Subgraphs.FEEDBACK);

    private final Map<String, TypeDefinitionRegistry> bySubgraph = new LinkedHashMap<>();

    /** The kept SDLs the build copied. */
    public SubgraphSdls() {
        this(subgraph -> read("subgraphs/" + subgraph + "/schema.graphql"));
    }

    /** SDLs by subgraph name (a test gives a subgraph a new field this way). */
    SubgraphSdls(Function<String, String> sdlOf) {
        SchemaParser parser = new SchemaParser();
        for (String subgraph : SUBGRAPHS) {
            bySubgraph.put(subgraph, parser.parse(sdlOf.apply(subgraph)));
        }
    }

    /** The subgraph that serves a type's own fields, if a subgraph defines it. */
    public Optional<String> owner(String typeName) {
        String entityOwner = ENTITY_OWNERS.get(typeName);
        if (entityOwner != null) {
            return Optional.of(entityOwner);
        }
        return SUBGRAPHS.stream().filter(subgraph -> bySubgraph.get(subgraph).getType(typeName).isPresent()).findFirst();
    }

    /** A type as its owner defines it. */
    public Optional<TypeDefinition<?>> definition(String typeName) {
        return owner(typeName).flatMap(subgraph -> bySubgraph.get(subgraph).getType(typeName))
                .map(type -> (TypeDefinition<?>) type);
    }

    /** The subgraph serving a root field (Query or Mutation) and the field's definition there. */
    public Optional<Map.Entry<String, FieldDefinition>> rootField(String rootType, String fieldName) {
        for (String subgraph : SUBGRAPHS) {
            Optional<FieldDefinition> field = bySubgraph.get(subgraph).getType(rootType, ObjectTypeDefinition.class)
                    .flatMap(root -> root.getFieldDefinitions().stream()
                            .filter(definition -> definition.getName().equals(fieldName)).findFirst());
            if (field.isPresent()) {
                return Optional.of(Map.entry(subgraph, field.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The root fields of a type (Query, Mutation) the subgraphs offer to clients, by serving subgraph: all but the
     * federation's own (_entities, _service) and those a subgraph marks {@code @inaccessible} (its batch reads for
     * the gateway). The first subgraph defining a field serves it.
     */
    public List<Map.Entry<String, FieldDefinition>> publicRootFields(String rootType) {
        Map<String, Map.Entry<String, FieldDefinition>> byName = new LinkedHashMap<>();
        for (String subgraph : SUBGRAPHS) {
            bySubgraph.get(subgraph).getType(rootType, ObjectTypeDefinition.class).ifPresent(root -> {
                for (FieldDefinition field : root.getFieldDefinitions()) {
                    if (!field.getName().startsWith("_") && !inaccessible(field)) {
                        byName.putIfAbsent(field.getName(), Map.entry(subgraph, field));
                    }
                }
            });
        }
        return List.copyOf(byName.values());
    }

    /** Marked @inaccessible, imported or by its namespaced name (SmallRye prints @federation__inaccessible). */
    private static boolean inaccessible(FieldDefinition field) {
        return field.hasDirective("inaccessible") || field.hasDirective("federation__inaccessible");
    }

    static String read(String resource) {
        try (InputStream in = SubgraphSdls.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (copied by the gateway's build)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
