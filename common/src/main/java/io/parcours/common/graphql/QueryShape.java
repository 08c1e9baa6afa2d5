package io.parcours.common.graphql;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * Measures an operation against {@link RequestLimits}: depth, fields (with fragments expanded, as they execute),
 * fragments expanded, aliases and root fields. Fields under {@code __schema} and {@code __type} count against the
 * introspection limits only; every other field, {@code __typename} included, counts as data. Every step of the walk
 * is a field or a fragment, and both are counted, so the walk stops after at most a limit's worth of steps whatever
 * the document: fragments that spread each other twice over thirty levels cost no more than a plain query.
 */
final class QueryShape {

    private static final class Exceeded extends RuntimeException {
        final RequestError error;

        Exceeded(RequestError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    private final Map<String, FragmentDefinition> fragments;
    private final RequestLimits limits;
    private final Set<String> expanding = new HashSet<>();
    private int fragmentsExpanded;
    private int dataFields;
    private int introspectionFields;
    private int aliases;
    private int rootFields;

    private QueryShape(Map<String, FragmentDefinition> fragments, RequestLimits limits) {
        this.fragments = fragments;
        this.limits = limits;
    }

    static Optional<RequestError> check(OperationDefinition operation, Map<String, FragmentDefinition> fragments,
            RequestLimits limits) {
        try {
            new QueryShape(fragments, limits).walk(operation.getSelectionSet(), 1, false, true);
            return Optional.empty();
        } catch (Exceeded exceeded) {
            return Optional.of(exceeded.error);
        }
    }

    private void walk(SelectionSet set, int depth, boolean introspection, boolean root) {
        if (set == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                field(field, depth, introspection, root);
            } else if (selection instanceof InlineFragment inline) {
                countFragment();
                walk(inline.getSelectionSet(), depth, introspection, root);
            } else if (selection instanceof FragmentSpread spread) {
                countFragment();
                FragmentDefinition fragment = fragments.get(spread.getName());
                // An unknown or cyclic fragment is left to validation, which names it.
                if (fragment != null && expanding.add(spread.getName())) {
                    walk(fragment.getSelectionSet(), depth, introspection, root);
                    expanding.remove(spread.getName());
                }
            }
        }
    }

    private void countFragment() {
        if (++fragmentsExpanded > limits.maxFragments()) {
            throw exceeded("maxFragments", limits.maxFragments(), "The query expands more than "
                    + limits.maxFragments() + " fragments (counted where they are used)");
        }
    }

    private void field(Field field, int depth, boolean insideIntrospection, boolean root) {
        String name = field.getName();
        boolean introspection = insideIntrospection || (root && (name.equals("__schema") || name.equals("__type")));
        if (field.getAlias() != null && ++aliases > limits.maxAliases()) {
            throw exceeded("maxAliases", limits.maxAliases(), "The query uses more than " + limits.maxAliases()
                    + " aliases");
        }
        if (introspection) {
            if (depth > limits.maxIntrospectionDepth()) {
                throw exceeded("maxIntrospectionDepth", limits.maxIntrospectionDepth(),
                        "The introspection query is nested deeper than " + limits.maxIntrospectionDepth() + " levels");
            }
            if (++introspectionFields > limits.maxIntrospectionFields()) {
                throw exceeded("maxIntrospectionFields", limits.maxIntrospectionFields(),
                        "The introspection query selects more than " + limits.maxIntrospectionFields() + " fields");
            }
        } else {
            if (root && ++rootFields > limits.maxRootFields()) {
                throw exceeded("maxRootFields", limits.maxRootFields(), "The operation has more than "
                        + limits.maxRootFields() + " root fields");
            }
            if (depth > limits.maxDepth()) {
                throw exceeded("maxDepth", limits.maxDepth(), "The query is nested deeper than " + limits.maxDepth()
                        + " levels of fields");
            }
            if (++dataFields > limits.maxFields()) {
                throw exceeded("maxFields", limits.maxFields(), "The query selects more than " + limits.maxFields()
                        + " fields (fragments counted where they are used)");
            }
        }
        walk(field.getSelectionSet(), depth + 1, introspection, false);
    }

    private static Exceeded exceeded(String limit, int max, String message) {
        return new Exceeded(RequestError.limitExceeded(limit, max, message + " (limit " + limit + " = " + max
                + "); ask for less or split the request"));
    }
}
