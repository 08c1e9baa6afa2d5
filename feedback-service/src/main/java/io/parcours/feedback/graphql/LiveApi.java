package io.parcours.feedback.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.event.LiveFeed;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** Live subscriptions (graphql-transport-ws over WebSocket at /graphql): thin mapping to {@link LiveFeed}. */
@GraphQLApi
public class LiveApi {

    private final LiveFeed live;

    public LiveApi(LiveFeed live) {
        this.live = live;
    }

    @Subscription("feedbackReceived")
    @Description("Each response stored about the journey from now on, from any replica, with the scores it changed "
            + "(role viewer or above). A subscriber that falls 512 events behind is ended with an error.")
    public Multi<FeedbackReceivedView> feedbackReceived(@NonNull @Id String journeyId) {
        return live.feedbackReceived(journeyId).map(FeedbackReceivedView::of);
    }

    @Subscription("alertRaised")
    @Description("Each alert raised in the caller's workspace from now on (role viewer or above).")
    public Multi<AlertView> alertRaised() {
        return live.alertRaised().map(event -> AlertView.of(event.alert()));
    }
}
