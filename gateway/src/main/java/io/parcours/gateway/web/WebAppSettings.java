package io.parcours.gateway.web;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * GET /web-config.json: where the web app (served from META-INF/resources of parcours-web) signs in. The realm URL is
 * the one browsers reach, which in a cluster is not always the one the gateway checks tokens against.
 */
@Singleton
public class WebAppSettings {

    private final String realmUrl;
    private final String clientId;

    public WebAppSettings(@ConfigProperty(name = "parcours.web.realm-url") String realmUrl,
            @ConfigProperty(name = "parcours.web.client-id") String clientId) {
        this.realmUrl = realmUrl;
        this.clientId = clientId;
    }

    void install(@Observes Router router) {
        JsonObject settings = new JsonObject().put("realmUrl", realmUrl).put("clientId", clientId);
        router.get("/").order(-1).handler(context -> {
            revalidated(context);
            context.next();
        });
        router.get("/index.html").order(-1).handler(context -> {
            revalidated(context);
            context.next();
        });
        router.get("/web-config.json").handler(context -> context.response()
                .putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-cache")
                .end(settings.encode()));
    }

    /**
     * A page's HTML is asked for again on every visit (its scripts and styles, named by their content, are cached for
     * good): after an upgrade, browsers load the new scripts, never a page naming ones that are gone.
     */
    public static void revalidated(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> context.response().headers().set("Cache-Control", "no-cache"));
    }
}
