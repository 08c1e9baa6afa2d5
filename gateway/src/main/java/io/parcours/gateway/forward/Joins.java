package io.parcours.gateway.forward;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.arc.All;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

/** Every field of joins.graphql and the Join that resolves it, by coordinates, as the JoinSource beans offer them. */
@ApplicationScoped
@Unremovable // looked up by the schema's fetchers, not injected
public class Joins {

    private final Map<String, Join> byCoordinates = new HashMap<>();

    public Joins(@All List<JoinSource> sources) {
        for (JoinSource source : sources) {
            source.joins().forEach((coordinates, join) -> {
                if (byCoordinates.putIfAbsent(coordinates, join) != null) {
                    throw new IllegalStateException(coordinates + " is joined twice");
                }
            });
        }
    }

    public Join of(String coordinates) {
        Join join = byCoordinates.get(coordinates);
        if (join == null) {
            throw new IllegalStateException("joins.graphql declares " + coordinates + " but no Join resolves it");
        }
        return join;
    }
}
