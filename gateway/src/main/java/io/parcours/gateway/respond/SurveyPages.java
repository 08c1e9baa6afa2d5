package io.parcours.gateway.respond;

import java.net.URI;

import io.parcours.gateway.subgraph.Subgraphs;
import io.parcours.gateway.subgraph.SubgraphSettings;
import io.parcours.gateway.web.WebAppSettings;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The hosted survey page on the platform's public origin: /s/{token} is the page (respond.html of the web app), as is
 * /u/{token} (unsubscribing from invitations); their calls to /api/v1/respond/{token} and /api/v1/unsubscribe/{token}
 * go on to feedback-service with the respondent's address and nothing else of
 * theirs (no cookie, no token: the link is the capability).
 */
@Singleton
public class SurveyPages {

    static final String PAGE = "/respond.html";
    private static final int CONNECTIONS = 50;

    private final HttpProxy proxy;

    SurveyPages(Vertx vertx, SubgraphSettings settings) {
        URI feedback = URI.create(settings.url().get(Subgraphs.FEEDBACK));
        this.proxy = HttpProxy.reverseProxy(vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(CONNECTIONS)))
                .origin(feedback.getPort(), feedback.getHost())
                .addInterceptor(new ForwardedFor());
    }

    void install(@Observes Router router) {
        router.get("/s/:token").handler(context -> context.reroute(PAGE));
        router.get("/u/:token").handler(context -> context.reroute(PAGE));
        router.get(PAGE).order(-1).handler(context -> {
            WebAppSettings.revalidated(context);
            context.next();
        });
        router.route("/api/v1/respond/*").handler(context -> proxy.handle(context.request()));
        router.route("/api/v1/unsubscribe/*").handler(context -> proxy.handle(context.request()));
    }

    /** The respondent's address for feedback-service's rate limits; their credentials stay here. */
    private static final class ForwardedFor implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            var request = context.request();
            var client = request.proxiedRequest().remoteAddress();
            request.headers().remove(HttpHeaders.AUTHORIZATION).remove(HttpHeaders.COOKIE)
                    .remove("Forwarded").set("X-Forwarded-For", client == null ? "unknown" : client.hostAddress());
            return context.sendRequest();
        }
    }
}
