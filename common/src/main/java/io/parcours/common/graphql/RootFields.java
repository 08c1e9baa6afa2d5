package io.parcours.common.graphql;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/** The root fields an operation selects, through the fragments at its root. Run after {@link QueryShape}. */
final class RootFields {

    private RootFields() {
    }

    static boolean selects(OperationDefinition operation, Map<String, FragmentDefinition> fragments, String name) {
        return selects(operation.getSelectionSet(), fragments, name, new HashSet<>());
    }

    private static boolean selects(SelectionSet set, Map<String, FragmentDefinition> fragments, String name,
            Set<String> seen) {
        for (Selection<?> selection : set.getSelections()) {
            boolean found = selection instanceof Field field ? field.getName().equals(name)
                    : selection instanceof InlineFragment inline ? selects(inline.getSelectionSet(), fragments, name, seen)
                    : selection instanceof FragmentSpread spread && seen.add(spread.getName())
                            && fragments.containsKey(spread.getName())
                            && selects(fragments.get(spread.getName()).getSelectionSet(), fragments, name, seen);
            if (found) {
                return true;
            }
        }
        return false;
    }
}
