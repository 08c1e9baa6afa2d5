package io.parcours.feedback.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;
import io.parcours.common.security.Caller;
import io.parcours.common.security.Role;
import io.parcours.feedback.event.Outbox;
import io.parcours.feedback.response.Answer;
import io.parcours.feedback.response.ResponseChannel;
import io.parcours.feedback.response.ResponseStore;
import io.parcours.feedback.response.StoredResponse;
import io.parcours.feedback.score.DailyTallies;
import io.parcours.feedback.score.TallyRepair;
import io.parcours.feedback.submission.SubmissionResult.Status;
import io.parcours.feedback.survey.Survey;
import io.parcours.feedback.survey.SurveyAsOf;
import io.parcours.feedback.survey.SurveyStore;
import io.parcours.feedback.survey.SurveyVersion;
import io.parcours.feedback.worker.EventWorker;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Response submission (single, batched) and erasure. */
@ApplicationScoped
public class ResponseService {

    public static final int MAX_BATCH = 500;
    static final Refusal NO_SURVEY = Refusal.at("surveyId", "no survey with this id");

    private final SurveyStore surveys;
    private final ResponseStore responses;
    private final DailyTallies days;
    private final TallyRepair repair;
    private final SubmissionDuplicates duplicatesOf;
    private final Caller caller;
    private final Outbox outbox;
    private final EventWorker events;
    private final RespondentTraces traces;
    private final SubmissionGroups groups;

    public ResponseService(SurveyStore surveys, ResponseStore responses, DailyTallies days, TallyRepair repair,
            SubmissionDuplicates duplicatesOf, Caller caller, Outbox outbox, EventWorker events,
            RespondentTraces traces, SubmissionGroups groups) {
        this.surveys = surveys;
        this.groups = groups;
        this.outbox = outbox;
        this.events = events;
        this.traces = traces;
        this.responses = responses;
        this.duplicatesOf = duplicatesOf;
        this.days = days;
        this.repair = repair;
        this.caller = caller;
    }

    /** One response: ACCEPTED or DUPLICATE; a refused one is a NOT_FOUND or VALIDATION error and stores nothing. */
    public Uni<SubmissionResult> submit(Submission input) {
        return caller.workspaceToCollect().chain(workspace -> submitIn(workspace, input));
    }

    /**
     * One response to a survey of this workspace, whoever the caller: the hosted survey page's way in, where the
     * signed link is the capability. As {@link #submit}; stored with the workspace's others of the moment
     * ({@link SubmissionGroups}).
     */
    public Uni<SubmissionResult> submitIn(String workspace, Submission input) {
        return groups.submit(workspace, input, group -> checkAndStore(workspace, group).map(outcome -> {
            List<SubmissionGroups.Settled> settled = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                settled.add(settled(group.get(i), outcome.results().get(i), outcome.refusals().get(i)));
            }
            return settled;
        }));
    }

    private static SubmissionGroups.Settled settled(Submission input, SubmissionResult result, List<Refusal> refusals) {
        if (result.status() != Status.REJECTED) {
            return new SubmissionGroups.Settled(result, null);
        }
        return new SubmissionGroups.Settled(null, refusals.contains(NO_SURVEY)
                ? new NotFoundException("No survey with id " + input.surveyId())
                : new ValidationException(refusals.stream().map(Refusal::violation).toList()));
    }

    /** Up to 500 responses, e.g. a mobile app's offline queue: one result per item, in order. */
    public Uni<List<SubmissionResult>> submitAll(List<Submission> inputs) {
        return caller.workspaceToCollect().chain(workspace -> checkAndStore(workspace, inputs)).map(Outcome::results);
    }

    /** Each input's result, and why each rejected one was (no refusals for the others). */
    private record Outcome(List<SubmissionResult> results, List<List<Refusal>> refusals) {
    }

    private Uni<Outcome> checkAndStore(String workspace, List<Submission> inputs) {
        if (inputs.isEmpty() || inputs.size() > MAX_BATCH) {
            return Uni.createFrom().failure(ValidationException.of("inputs", "must hold 1 to " + MAX_BATCH + " responses"));
        }
        return versionsFor(workspace, inputs).chain(answered -> store(workspace, inputs, answered));
    }

    /**
     * Admin only: deletes every response of the respondent in the caller's workspace, and takes their reference off
     * their alerts and kept webhook messages; returns how many responses.
     */
    public Uni<Long> eraseRespondent(String respondentRef) {
        if (respondentRef == null || respondentRef.isBlank()) {
            return Uni.createFrom().failure(ValidationException.of("respondentRef", "must not be blank"));
        }
        return caller.workspaceIfAnyRole(Role.ADMINS, "erase respondent data")
                .chain(workspace -> responses.deleteRespondent(workspace, respondentRef)
                        .call(() -> traces.erase(workspace, respondentRef)))
                .call(repair::afterErasure)
                .map(deleted -> (long) deleted.size());
    }

    /**
     * Completes a partial response (the score clicked in an invitation e-mail) with everything the respondent gave on
     * the page, checked as a whole against the version the response answers: its answers are replaced and the scores
     * of its days recounted (marked stale first, so that a crash in between is recounted by the repair). ACCEPTED
     * with the response's id.
     */
    public Uni<SubmissionResult> complete(String workspace, String responseId, Submission input) {
        return responses.withIds(List.of(responseId)).chain(found -> {
            if (found.isEmpty() || !workspace.equals(found.get(0).workspaceId())) {
                return Uni.createFrom().failure(new NotFoundException("No response with id " + responseId));
            }
            StoredResponse stored = found.get(0);
            return surveys.version(workspace, stored.surveyId(), stored.surveyVersion()).chain(version -> surveys
                    .find(workspace, stored.surveyId()).chain(survey -> {
                        List<Answer> answers = new ArrayList<>();
                        List<Refusal> refusals = new ArrayList<>(ResponseValidator.answers(new SurveyAsOf(survey, version),
                                input.answers(), answers, false));
                        if (input.answers() == null || input.answers().isEmpty()) {
                            refusals.add(Refusal.of("answers", "must hold 1 to " + ResponseValidator.MAX_ANSWERS + " answers"));
                        }
                        if (!refusals.isEmpty()) {
                            return Uni.createFrom().failure(new ValidationException(
                                    refusals.stream().map(Refusal::violation).toList()));
                        }
                        return repair.afterChange(List.of(stored), () -> responses.replaceAnswers(workspace, responseId,
                                answers, input.locale() == null ? stored.locale() : input.locale()))
                                .replaceWith(SubmissionResult.accepted(input.clientResponseId(), responseId));
                    }));
        });
    }

    /**
     * For each input, the survey version it answers; the draft when there is no such published version (refused
     * later), null when the survey is unknown. Two queries whatever the number of inputs.
     */
    private Uni<List<SurveyAsOf>> versionsFor(String workspace, List<Submission> inputs) {
        Set<String> ids = inputs.stream().map(i -> i.surveyId()).filter(id -> id != null).collect(Collectors.toSet());
        return surveys.findAll(workspace, ids).chain(found -> {
            Map<String, Survey> byId = found.stream().collect(Collectors.toMap(s -> s.id, s -> s));
            Set<String> versionIds = new HashSet<>();
            for (Submission input : inputs) {
                Survey survey = byId.get(input.surveyId());
                int version = versionOf(survey, input);
                if (version > 0) {
                    versionIds.add(SurveyStore.versionId(survey.id, version));
                }
            }
            return surveys.versions(workspace, versionIds).map(versions -> inputs.stream().map(input -> {
                Survey survey = byId.get(input.surveyId());
                if (survey == null) {
                    return null;
                }
                SurveyVersion version = versions.get(SurveyStore.versionId(survey.id, versionOf(survey, input)));
                return version == null ? SurveyAsOf.draft(survey) : new SurveyAsOf(survey, version);
            }).toList());
        });
    }

    private static int versionOf(Survey survey, Submission input) {
        if (survey == null) {
            return 0;
        }
        int version = input.surveyVersion() == null ? survey.publishedVersion : input.surveyVersion();
        return version >= 1 && version <= survey.publishedVersion ? version : 0;
    }

    private Uni<Outcome> store(String workspace, List<Submission> inputs, List<SurveyAsOf> answered) {
        Instant now = Instant.now();
        SubmissionResult[] results = new SubmissionResult[inputs.size()];
        List<List<Refusal>> refused = new ArrayList<>(Collections.nCopies(inputs.size(), List.of()));
        List<StoredResponse> batch = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        Map<String, Integer> firstInBatch = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Submission input = inputs.get(i);
            List<Answer> answers = new ArrayList<>();
            List<Refusal> refusals = refusals(input, answered.get(i), now, answers);
            if (!refusals.isEmpty()) {
                refused.set(i, refusals);
                results[i] = SubmissionResult.rejected(input.clientResponseId(),
                        refusals.stream().map(Refusal::reason).toList());
                continue;
            }
            Integer first = firstInBatch.putIfAbsent(SubmissionDuplicates.key(input), i);
            if (first != null) {
                results[i] = null; // resolved below, once the first one is settled
                continue;
            }
            batch.add(stored(UUID.randomUUID().toString(), workspace, answered.get(i), input, answers, now));
            positions.add(i);
        }
        if (batch.isEmpty()) {
            return Uni.createFrom().item(new Outcome(SubmissionDuplicates.settle(inputs, results, firstInBatch), refused));
        }
        // The outbox records each response before it is stored: its alerts, events and webhooks are then worked out
        // off this path (EventWorker), and a crash cannot lose them.
        return days.insertCounted(batch, () -> outbox.expect(batch).chain(() -> responses.insertAll(batch))
                .call(duplicates -> outbox.forget(duplicates.stream().map(k -> batch.get(k).id()).toList())))
                .invoke(events::wake)
                .chain(duplicates -> {
            Map<String, Set<String>> clashesBySurvey = new HashMap<>();
            for (int k = 0; k < batch.size(); k++) {
                int i = positions.get(k);
                if (duplicates.contains(k)) {
                    clashesBySurvey.computeIfAbsent(inputs.get(i).surveyId(), s -> new HashSet<>()).add(inputs.get(i).clientResponseId());
                } else {
                    results[i] = SubmissionResult.accepted(inputs.get(i).clientResponseId(), batch.get(k).id());
                }
            }
            return duplicatesOf.originals(workspace, clashesBySurvey).map(originals -> {
                for (int k = 0; k < batch.size(); k++) {
                    int i = positions.get(k);
                    if (duplicates.contains(k)) {
                        Submission input = inputs.get(i);
                        results[i] = SubmissionResult.duplicate(input.clientResponseId(),
                                originals.get(SubmissionDuplicates.key(input)));
                    }
                }
                return new Outcome(SubmissionDuplicates.settle(inputs, results, firstInBatch), refused);
            });
        });
    }

    private static List<Refusal> refusals(Submission input, SurveyAsOf survey, Instant now, List<Answer> answers) {
        List<Refusal> refusals = new ArrayList<>(ResponseValidator.envelope(input, now));
        if (survey == null) {
            refusals.add(NO_SURVEY);
            return refusals;
        }
        if (survey.version() == null) {
            refusals.add(input.surveyVersion() != null
                    ? Refusal.at("surveyVersion", "no published version " + input.surveyVersion() + " of this survey")
                    : Refusal.at("surveyId", "the survey is " + survey.survey().status + " and takes no responses"));
            return refusals;
        }
        if (!refusals.isEmpty()) {
            return refusals;
        }
        refusals.addAll(ResponseValidator.survey(survey, input));
        refusals.addAll(ResponseValidator.answers(survey, input.answers(), answers, input.partial()));
        return refusals;
    }

    /**
     * The response as stored: the survey's links copied in (the invitation's touchpoint where the survey names none),
     * defaults for what the respondent left out.
     */
    private static StoredResponse stored(String id, String workspaceId, SurveyAsOf answered, Submission input,
            List<Answer> answers, Instant receivedAt) {
        var survey = answered.survey();
        LinkContext link = input.link();
        String touchpointId = survey.touchpointId == null && link != null ? link.touchpointId() : survey.touchpointId;
        return new StoredResponse(id, workspaceId, survey.id, answered.versionNumber(), input.clientResponseId(),
                input.respondentRef(), input.channel() == null ? ResponseChannel.OTHER : input.channel(),
                input.locale() == null ? answered.defaultLocale() : input.locale(),
                input.submittedAt().toInstant(), receivedAt,
                survey.journeyId, survey.stageId, touchpointId, survey.personaId, answers,
                link == null || link.hiddenFields().isEmpty() ? null : link.hiddenFields(),
                link == null ? null : link.pageUrl());
    }
}
