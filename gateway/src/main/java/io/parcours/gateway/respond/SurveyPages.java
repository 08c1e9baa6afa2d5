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
 * theirs (no cookie, no token: the link is the capability). The website widget (/widget.js, on brands' own sites)
 * calls the same API from other origins: feedback-service allows or refuses those by the survey's workspace's list,
 * so the gateway's own CORS policy (for the web app) does not apply to them.
 */
@Singleton
public class SurveyPages {

    static final String PAGE = "/respond.html";
    static final String WIDGET = "/widget.js";
    // Before the CORS filter (-300), after the 401 answers of requests without a token (-1000).
    private static final int BEFORE_CORS = -310;
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
        // Loaded on every page of a brand's site: cached there, a new version reaches visitors within ten minutes.
        router.get(WIDGET).order(-1).handler(context -> {
            context.addHeadersEndHandler(ignored -> context.response().headers()
                    .set("Cache-Control", "public, max-age=600"));
            context.next();
        });
        router.route("/api/v1/respond/*").order(BEFORE_CORS).handler(context -> proxy.handle(context.request()));
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
            String origin = request.headers().get(HttpHeaders.ORIGIN);
            if (origin != null && sameOrigin(origin, request.proxiedRequest().getHeader(HttpHeaders.HOST))) {
                request.headers().remove(HttpHeaders.ORIGIN); // the hosted page: not a cross-origin call
            }
            return context.sendRequest();
        }

        private static boolean sameOrigin(String origin, String host) {
            int scheme = origin.indexOf("://");
            return host != null && scheme > 0 && origin.substring(scheme + 3).equalsIgnoreCase(host);
        }
    }
}
