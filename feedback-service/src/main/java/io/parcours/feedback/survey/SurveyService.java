package io.parcours.feedback.survey;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.parcours.common.Ids;
import io.parcours.common.error.ConflictException;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;
import io.parcours.common.paging.PageRequest;
import io.parcours.common.security.Caller;
import io.parcours.common.validation.InputValidator;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Survey use cases: drafts, templates, publishing versions, closing, reading any version. */
@ApplicationScoped
public class SurveyService {

    private final SurveyStore store;
    private final Caller caller;
    private final InputValidator validator;

    public SurveyService(SurveyStore store, Caller caller, InputValidator validator) {
        this.store = store;
        this.caller = caller;
        this.validator = validator;
    }

    /**
     * The survey as of a version: null → the latest published one (the draft while never published),
     * 0 → the draft, n → version n. Null when the survey or the version does not exist here.
     */
    public Uni<SurveyAsOf> find(String id, Integer version) {
        return caller.workspaceToRead().chain(workspace -> store.find(workspace, id).chain(survey -> {
            if (survey == null) {
                return Uni.createFrom().nullItem();
            }
            int wanted = version == null ? survey.publishedVersion : version;
            if (wanted == 0) {
                return Uni.createFrom().item(SurveyAsOf.draft(survey));
            }
            return store.version(workspace, id, wanted).map(v -> v == null ? null : new SurveyAsOf(survey, v));
        }));
    }

    /** One survey per id, in argument order (latest published version), null where unknown. */
    public Uni<List<SurveyAsOf>> findAll(List<String> ids) {
        return Ids.checkBatch(ids).chain(() -> caller.workspaceToRead())
                .chain(workspace -> store.findAll(workspace, ids).chain(found -> latest(workspace, found)))
                .map(found -> {
                    Map<String, SurveyAsOf> byId = new HashMap<>();
                    found.forEach(s -> byId.put(s.survey().id, s));
                    return ids.stream().map(byId::get).toList();
                });
    }

    /** Per touchpoint id, in argument order, its surveys (oldest first, latest published version). */
    public Uni<List<List<SurveyAsOf>>> byTouchpoints(List<String> touchpointIds) {
        return Ids.checkBatch(touchpointIds).chain(() -> caller.workspaceToRead())
                .chain(workspace -> store.ofTouchpoints(workspace, touchpointIds).chain(found -> latest(workspace, found)))
                .map(found -> {
                    Map<String, List<SurveyAsOf>> byTouchpoint = found.stream()
                            .collect(Collectors.groupingBy(survey -> survey.survey().touchpointId));
                    return touchpointIds.stream().map(id -> byTouchpoint.getOrDefault(id, List.of())).toList();
                });
    }

    public Uni<SurveyPage> list(SurveyFilter filter, Integer first, String after) {
        return PageRequest.of(first, after).chain(page -> caller.workspaceToRead()
                .chain(workspace -> store.page(workspace, filter, page.after(), page.size() + 1)
                        .chain(rows -> latest(workspace, rows.subList(0, Math.min(page.size(), rows.size())))
                                .chain(shown -> store.count(workspace, filter)
                                        .map(total -> new SurveyPage(shown, rows.size() > page.size(), total))))));
    }

    public Uni<SurveyAsOf> create(SurveyInput input) {
        return caller.workspaceToWrite()
                .call(() -> validator.check("input", input))
                .call(() -> SurveyRules.check(input))
                .chain(workspace -> {
                    Survey survey = new Survey();
                    survey.id = UUID.randomUUID().toString();
                    survey.workspaceId = workspace;
                    survey.status = SurveyStatus.DRAFT;
                    survey.createdAt = now();
                    survey.updatedAt = survey.createdAt;
                    apply(input, survey);
                    return store.insert(survey).replaceWith(SurveyAsOf.draft(survey));
                });
    }

    /** A draft with the classic questions of an NPS, CSAT or CES survey. */
    public Uni<SurveyAsOf> createFromTemplate(SurveyKind kind, SurveyInput links) {
        if (kind == SurveyKind.CUSTOM) {
            return Uni.createFrom().failure(ValidationException.of("kind", "must be NPS, CSAT or CES for a template"));
        }
        links.kind = kind;
        links.questions = SurveyTemplates.questions(kind);
        if (links.title == null) {
            links.title = kind + " survey";
        }
        return create(links);
    }

    /** Replaces the draft, if it is still at {@code expectedRevision}. Respondents see it once published. */
    public Uni<SurveyAsOf> update(String id, SurveyInput input, int expectedRevision) {
        return caller.workspaceToWrite()
                .call(() -> validator.check("input", input))
                .call(() -> SurveyRules.check(input))
                .chain(workspace -> existing(workspace, id))
                .chain(survey -> {
                    apply(input, survey);
                    survey.draftChanged = true;
                    return replaced(survey, expectedRevision);
                })
                .map(SurveyAsOf::draft);
    }

    /** Makes the survey ACTIVE; a never published or changed draft becomes version n+1 first. */
    public Uni<SurveyAsOf> publish(String id, int expectedRevision) {
        return caller.workspaceToWrite()
                .chain(workspace -> existing(workspace, id).chain(survey -> {
                    Uni<SurveyVersion> snapshot;
                    if (survey.publishedVersion == 0 || survey.draftChanged) {
                        SurveyVersion version = new SurveyVersion(survey.id, survey.publishedVersion + 1, survey.title,
                                survey.defaultLocale, survey.questions, now());
                        snapshot = checkRevision(survey, expectedRevision)
                                .chain(() -> store.insertVersion(workspace, version)).replaceWith(version);
                    } else {
                        snapshot = store.version(workspace, id, survey.publishedVersion);
                    }
                    return snapshot.chain(version -> {
                        survey.publishedVersion = version.version();
                        survey.draftChanged = false;
                        survey.status = SurveyStatus.ACTIVE;
                        return replaced(survey, expectedRevision).map(saved -> new SurveyAsOf(saved, version));
                    });
                }));
    }

    public Uni<SurveyAsOf> close(String id, int expectedRevision) {
        return caller.workspaceToWrite()
                .chain(workspace -> existing(workspace, id))
                .chain(survey -> {
                    if (survey.status != SurveyStatus.ACTIVE) {
                        return Uni.createFrom().failure(ValidationException.of("status",
                                "only an ACTIVE survey can be closed; this one is " + survey.status));
                    }
                    survey.status = SurveyStatus.CLOSED;
                    return replaced(survey, expectedRevision);
                })
                .chain(survey -> store.version(survey.workspaceId, survey.id, survey.publishedVersion)
                        .map(version -> new SurveyAsOf(survey, version)));
    }

    /** Each survey as its latest published version (the draft while never published): one query for all. */
    private Uni<List<SurveyAsOf>> latest(String workspace, List<Survey> surveys) {
        List<String> versionIds = surveys.stream().filter(s -> s.publishedVersion > 0)
                .map(s -> SurveyStore.versionId(s.id, s.publishedVersion)).toList();
        return store.versions(workspace, versionIds).map(versions -> surveys.stream()
                .map(s -> s.publishedVersion == 0 ? SurveyAsOf.draft(s)
                        : new SurveyAsOf(s, versions.get(SurveyStore.versionId(s.id, s.publishedVersion))))
                .toList());
    }

    private Uni<Survey> existing(String workspace, String id) {
        return store.find(workspace, id).onItem().ifNull().failWith(() -> new NotFoundException("No survey with id " + id));
    }

    private static Uni<Void> checkRevision(Survey survey, int expectedRevision) {
        return survey.revision == expectedRevision ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(conflict(survey, expectedRevision));
    }

    /** Stores the survey with the next revision, unless someone changed it since {@code expectedRevision}. */
    private Uni<Survey> replaced(Survey survey, int expectedRevision) {
        int stored = survey.revision;
        if (stored != expectedRevision) {
            return Uni.createFrom().failure(conflict(survey, expectedRevision));
        }
        survey.revision = stored + 1;
        survey.updatedAt = now();
        return store.replace(survey, expectedRevision).onItem().ifNull()
                .failWith(() -> new ConflictException("Survey " + survey.id + " was changed concurrently; reload and retry"));
    }

    private static ConflictException conflict(Survey survey, int expectedRevision) {
        return new ConflictException("Survey " + survey.id + " is at revision " + survey.revision
                + ", not expectedRevision " + expectedRevision + "; reload and retry");
    }

    private static void apply(SurveyInput input, Survey survey) {
        survey.title = input.title.trim();
        survey.kind = input.kind == null ? SurveyKind.CUSTOM : input.kind;
        survey.opensAt = instant(input.opensAt);
        survey.closesAt = instant(input.closesAt);
        survey.journeyId = SurveyStore.canonicalId(input.journeyId);
        survey.stageId = SurveyStore.canonicalId(input.stageId);
        survey.touchpointId = SurveyStore.canonicalId(input.touchpointId);
        survey.personaId = SurveyStore.canonicalId(input.personaId);
        survey.defaultLocale = input.defaultLocale == null ? "en" : input.defaultLocale;
        survey.questions = input.questions;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** MongoDB dates hold milliseconds; truncating keeps cursors built from stored values exact. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

}
