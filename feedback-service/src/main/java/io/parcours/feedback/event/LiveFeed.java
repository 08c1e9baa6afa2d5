package io.parcours.feedback.event;

import java.util.Locale;

import io.parcours.common.security.Caller;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;

/** Live subscriptions of the caller's workspace (role viewer or above), from this replica's {@link FeedTail}. */
@ApplicationScoped
public class LiveFeed {

    private final FeedTail tail;
    private final Caller caller;

    public LiveFeed(FeedTail tail, Caller caller) {
        this.tail = tail;
        this.caller = caller;
    }

    /** Responses received about one journey, with its, their stage's and touchpoint's scores after each. */
    public Multi<LiveEvent> feedbackReceived(String journeyId) {
        String journey = journeyId.toLowerCase(Locale.ROOT);
        return caller.workspaceToRead().onItem()
                .transformToMulti(workspace -> tail.events(workspace, live -> live.isFeedback() && journey.equals(live.journeyId())));
    }

    /** Alerts raised in the workspace. */
    public Multi<LiveEvent> alertRaised() {
        return caller.workspaceToRead().onItem().transformToMulti(workspace -> tail.events(workspace, live -> !live.isFeedback()));
    }
}
