package io.parcours.gateway.live;

import io.parcours.common.http.OperationDocuments;
import io.parcours.common.http.WebSocketUpgrades;
import io.quarkus.security.identity.IdentityProviderManager;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import graphql.schema.GraphQLSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * Takes GraphQL-over-WebSocket upgrades of /graphql (subprotocol graphql-transport-ws) before SmallRye GraphQL's
 * handler and before the HTTP security layer (browsers cannot put a token on the upgrade request: it comes in the
 * connection_init message, and {@link LiveConnection} verifies it as the security layer would), so that the token is checked on connection_init and again when it expires, subscriptions are relayed to
 * the subgraph that serves them, and a slow socket is closed instead of buffering without bound.
 */
@ApplicationScoped
public class LiveRoute {

    static final String PROTOCOL = WebSocketUpgrades.PROTOCOL;
    /** After the 401 answers of requests without a token (-1000), before Quarkus' authentication (-200). */
    private static final int BEFORE_SECURITY = -900;

    private final Vertx vertx;
    private final IdentityProviderManager identities;
    private final Instance<GraphQLSchema> schema;
    private final LiveSettings settings;
    private final SharedSubscriptions shared;
    private final SubscribeRates rates;
    private final CallerSockets sockets;
    private final OperationDocuments documents;

    public LiveRoute(Vertx vertx, IdentityProviderManager identities, Instance<GraphQLSchema> schema,
            LiveSettings settings, SharedSubscriptions shared, SubscribeRates rates, CallerSockets sockets,
            OperationDocuments documents) {
        this.documents = documents;
        this.vertx = vertx;
        this.identities = identities;
        this.schema = schema;
        this.settings = settings;
        this.shared = shared;
        this.rates = rates;
        this.sockets = sockets;
    }

    void register(@Observes Router router) {
        router.get("/graphql").order(BEFORE_SECURITY).handler(context -> {
            if (!WebSocketUpgrades.isGraphQL(context.request())) {
                context.next();
                return;
            }
            context.request().toWebSocket().onSuccess(socket -> new LiveConnection(socket, context, vertx, identities,
                    schema.get(), settings, shared, rates, sockets, documents).start()).onFailure(context::fail);
        });
    }
}
