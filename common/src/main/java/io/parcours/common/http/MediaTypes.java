package io.parcours.common.http;

import java.util.Locale;
import java.util.Set;

/** Reading Content-Type and Accept headers the way RFC 9110 writes them: media types with parameters. */
public final class MediaTypes {

    public static final String JSON = "application/json";
    public static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final Set<String> GRAPHQL_REQUEST_TYPES = Set.of(JSON, GRAPHQL_RESPONSE, "application/graphql+json");

    private MediaTypes() {
    }

    /**
     * Whether a POST body is JSON. A header may repeat the type ({@code application/json, application/json}: some
     * browsers' fetch when both the page and the library set it); every listed type must be JSON.
     */
    public static boolean isJsonRequest(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        for (String listed : contentType.split(",")) {
            if (!GRAPHQL_REQUEST_TYPES.contains(mediaType(listed))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the answer should be {@code application/graphql-response+json}: the client lists it with a quality at
     * least that of {@code application/json} (GraphQL over HTTP: such clients get a 4xx for request errors).
     */
    public static boolean prefersGraphQLResponse(String accept) {
        if (accept == null) {
            return false;
        }
        double graphql = -1;
        double json = -1;
        for (String listed : accept.split(",")) {
            String type = mediaType(listed);
            if (type.equals(GRAPHQL_RESPONSE)) {
                graphql = Math.max(graphql, quality(listed));
            } else if (type.equals(JSON)) {
                json = Math.max(json, quality(listed));
            }
        }
        return graphql > 0 && graphql >= json;
    }

    private static String mediaType(String listed) {
        return listed.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static double quality(String listed) {
        for (String parameter : listed.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("q")) {
                try {
                    return Double.parseDouble(pair[1].trim());
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
