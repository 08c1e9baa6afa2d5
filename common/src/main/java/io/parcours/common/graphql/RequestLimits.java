package io.parcours.common.graphql;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What one GraphQL request may ask of a service, so that none can hold it for more than a fraction of a second.
 * Data fields and introspection are measured apart: tools (GraphiQL's docs, codegen, IDEs) send the standard
 * introspection query, deeper than any data query needs to be. Set with {@code parcours.graphql.max-*}.
 */
public record RequestLimits(int maxDepth, int maxFields, int maxFragments, int maxAliases, int maxRootFields,
        int maxListItems, int maxTokens, int maxIntrospectionDepth, int maxIntrospectionFields) {

    public static RequestLimits fromConfig() {
        Config config = ConfigProvider.getConfig();
        return new RequestLimits(
                value(config, "max-depth", 12),
                value(config, "max-fields", 400),
                value(config, "max-fragments", 400),
                value(config, "max-aliases", 30),
                value(config, "max-root-fields", 20),
                value(config, "max-list-items", 1_000),
                value(config, "max-tokens", 5_000),
                value(config, "max-introspection-depth", 20),
                value(config, "max-introspection-fields", 1_000));
    }

    private static int value(Config config, String name, int fallback) {
        return config.getOptionalValue("parcours.graphql." + name, Integer.class).orElse(fallback);
    }
}
