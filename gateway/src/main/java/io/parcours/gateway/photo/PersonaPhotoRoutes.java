package io.parcours.gateway.photo;

import java.net.URI;

import io.parcours.gateway.subgraph.SubgraphSettings;
import io.parcours.gateway.subgraph.Subgraphs;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Persona photos on the platform's public origin, passed on to persona-service as they are: an upload
 * (PUT /api/v1/personas/{id}/photo) with the caller's token, which persona-service checks; a photo
 * (GET /api/v1/persona-photos/{sha256}) without one, its address being its content's hash. Streamed, never buffered.
 */
@Singleton
public class PersonaPhotoRoutes {

    private static final int CONNECTIONS = 20;

    private final HttpProxy proxy;

    PersonaPhotoRoutes(Vertx vertx, SubgraphSettings settings) {
        URI persona = URI.create(settings.url().get(Subgraphs.PERSONA));
        this.proxy = HttpProxy.reverseProxy(vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(CONNECTIONS)))
                .origin(persona.getPort(), persona.getHost());
    }

    void install(@Observes Router router) {
        router.put("/api/v1/personas/:id/photo").handler(context -> proxy.handle(context.request()));
        router.get("/api/v1/persona-photos/:sha256").handler(context -> proxy.handle(context.request()));
    }
}
