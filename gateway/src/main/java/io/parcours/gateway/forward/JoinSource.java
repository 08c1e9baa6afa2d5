package io.parcours.gateway.forward;

import java.util.Map;

/**
 * A bean that resolves fields of joins.graphql: each feature package offers its joins by coordinates
 * ("Journey.persona"), so that the forwarding machinery knows none of them by name.
 */
public interface JoinSource {

    /** The joins this bean resolves, by the coordinates joins.graphql declares. */
    Map<String, Join> joins();
}
