package io.parcours.feedback.trigger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;

import io.parcours.common.Ids;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;
import io.parcours.common.security.Caller;
import io.parcours.feedback.invitation.InvitationChannel;
import io.parcours.feedback.survey.SurveyStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Editors set up, switch and remove survey triggers; readers list them with their counts. */
@ApplicationScoped
public class TriggerService {

    /** The longest delay: a survey three months after the purchase is about something else. */
    public static final Duration MAX_DELAY = Duration.ofDays(90);
    public static final int MAX_PER_SURVEY = 20;

    private final TriggerStore store;
    private final SurveyStore surveys;
    private final Caller caller;

    TriggerService(TriggerStore store, SurveyStore surveys, Caller caller) {
        this.store = store;
        this.surveys = surveys;
        this.caller = caller;
    }

    /** A new trigger, enabled: interactions that occur from now on fire it. */
    public Uni<SurveyTrigger> create(String surveyId, String touchpointId, long delaySeconds, InvitationChannel channel) {
        if (Ids.parse(touchpointId).isEmpty()) {
            return Uni.createFrom().failure(ValidationException.of("input.touchpointId", "must be a touchpoint id (UUID)"));
        }
        if (delaySeconds < 0 || delaySeconds > MAX_DELAY.toSeconds()) {
            return Uni.createFrom().failure(ValidationException.of("input.delaySeconds",
                    "must be 0 to " + MAX_DELAY.toSeconds() + " seconds (" + MAX_DELAY.toDays() + " days)"));
        }
        return caller.workspaceToWrite().chain(workspace -> surveys.find(workspace, surveyId)
                .onItem().ifNull().failWith(() -> new NotFoundException("No survey with id " + surveyId))
                .chain(survey -> store.countOfSurvey(workspace, surveyId))
                .chain(count -> {
                    if (count >= MAX_PER_SURVEY) {
                        return Uni.createFrom().failure(ValidationException.of("input.surveyId",
                                "has " + MAX_PER_SURVEY + " triggers, the most a survey may have"));
                    }
                    String id = UUID.randomUUID().toString();
                    Document trigger = new Document("_id", id).append("workspaceId", workspace).append("surveyId", surveyId)
                            .append("touchpointId", touchpointId).append("channel", channel.name())
                            .append("delaySeconds", delaySeconds)
                            .append("enabled", true).append("createdAt", Date.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
                    return store.insert(trigger).replaceWith(SurveyTrigger.of(trigger));
                }));
    }

    public Uni<List<SurveyTrigger>> ofSurvey(String surveyId) {
        return caller.workspaceToRead().chain(workspace -> store.ofSurvey(workspace, surveyId));
    }

    public Uni<SurveyTrigger> setEnabled(String id, boolean enabled) {
        return caller.workspaceToWrite().chain(workspace -> store.setEnabled(workspace, id, enabled)
                .chain(found -> found ? store.find(workspace, id) : Uni.createFrom().failure(notFound(id))));
    }

    public Uni<Boolean> delete(String id) {
        return caller.workspaceToWrite().chain(workspace -> store.delete(workspace, id)
                .chain(found -> found ? Uni.createFrom().item(true) : Uni.createFrom().failure(notFound(id))));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No survey trigger with id " + id);
    }
}
