package io.parcours.feedback.rest;

import java.util.Optional;

import io.parcours.common.http.ProblemAnswers;
import io.parcours.feedback.link.LinkSigner;
import io.parcours.feedback.link.SurveyLink;
import io.parcours.feedback.widget.WidgetOrigins;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Cross-origin calls to the survey page's API, which the website widget makes from the brand's own pages: allowed
 * (CORS) for the origins the survey's workspace lists, through the survey's public link only; refused otherwise. The
 * hosted page on the platform's own origin is not cross-origin (the gateway passes its calls on without an Origin).
 */
@Singleton
public class WidgetCors {

    // Before authentication (-200) and the body guard (-100): a preflight carries neither a token nor a body.
    private static final int FIRST = -300;
    private static final String PREFLIGHT_CACHE_SECONDS = "600";

    private final LinkSigner signer;
    private final WidgetOrigins origins;

    WidgetCors(LinkSigner signer, WidgetOrigins origins) {
        this.signer = signer;
        this.origins = origins;
    }

    void install(@Observes Router router) {
        router.route("/api/v1/respond/:token").order(FIRST).handler(this::check);
    }

    private void check(RoutingContext context) {
        context.response().putHeader(HttpHeaders.VARY, "Origin");
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            context.next();
            return;
        }
        Optional<SurveyLink> link = signer.verify(context.pathParam("token"))
                .filter(found -> found.kind() == SurveyLink.Kind.PUBLIC);
        if (link.isEmpty()) {
            refuse(context, "Only a survey's public link answers calls from another site");
            return;
        }
        context.request().pause(); // a POST's body waits for the body guard, which resumes it
        origins.allows(link.get().workspaceId(), origin).subscribe().with(allowed -> {
            if (!allowed) {
                refuse(context, "The site " + origin + " is not among the workspace's widget origins");
            } else if (context.request().method() == HttpMethod.OPTIONS) {
                allow(context, origin);
                context.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_CACHE_SECONDS)
                        .setStatusCode(204).end();
            } else {
                allow(context, origin);
                if (context.request().method() != HttpMethod.POST) {
                    context.request().resume();
                }
                context.next();
            }
        }, context::fail);
    }

    private static void allow(RoutingContext context, String origin) {
        context.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    }

    private static void refuse(RoutingContext context, String detail) {
        ProblemAnswers.send(context, 403, "Origin not allowed", "ORIGIN_NOT_ALLOWED", detail);
    }
}
