package io.parcours.feedback.survey;

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
import io.parcours.common.validation.CheckedInput;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Survey use cases: drafts, templates, publishing versions, closing, reading any version. */
@ApplicationScoped
public class SurveyService {

    private final SurveyStore store;
    private final Caller caller;

    public SurveyService(SurveyStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
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

    public Uni<SurveyAsOf> create(CheckedInput<SurveyDetails> input) {
        return caller.workspaceToWrite()
                .chain(workspace -> checked(input).chain(details -> {
                    Survey survey = new Survey();
                    survey.id = UUID.randomUUID().toString();
                    survey.workspaceId = workspace;
                    survey.status = SurveyStatus.DRAFT;
                    survey.createdAt = Survey.now();
                    survey.updatedAt = survey.createdAt;
                    survey.apply(details);
                    return store.insert(survey).replaceWith(SurveyAsOf.draft(survey));
                }));
    }

    /** A draft with the classic questions of an NPS, CSAT or CES survey. */
    public Uni<SurveyAsOf> createFromTemplate(SurveyKind kind, CheckedInput<SurveyDetails> draft) {
        if (kind == SurveyKind.CUSTOM) {
            return Uni.createFrom().failure(ValidationException.of("kind", "must be NPS, CSAT or CES for a template"));
        }
        return create(draft);
    }

    /** Replaces the draft, if it is still at {@code expectedRevision}. Respondents see it once published. */
    public Uni<SurveyAsOf> update(String id, CheckedInput<SurveyDetails> input, int expectedRevision) {
        return caller.workspaceToWrite()
                .chain(workspace -> checked(input).chain(details -> existing(workspace, id).chain(survey -> {
                    survey.apply(details);
                    survey.draftChanged = true;
                    return replaced(survey, expectedRevision);
                })))
                .map(SurveyAsOf::draft);
    }

    /** Each field by its own rule, then the rules across fields. */
    private static Uni<SurveyDetails> checked(CheckedInput<SurveyDetails> input) {
        return input.value().call(SurveyRules::check);
    }

    /** Makes the survey ACTIVE; a never published or changed draft becomes version n+1 first. */
    public Uni<SurveyAsOf> publish(String id, int expectedRevision) {
        return caller.workspaceToWrite()
                .chain(workspace -> existing(workspace, id).chain(survey -> {
                    Uni<SurveyVersion> snapshot;
                    if (survey.publishedVersion == 0 || survey.draftChanged) {
                        SurveyVersion version = new SurveyVersion(survey.id, survey.publishedVersion + 1, survey.title,
                                survey.defaultLocale, survey.questions, Survey.now());
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

    /** Switches the survey's public link on or off (personal links are not affected). */
    public Uni<SurveyAsOf> setPublicLink(String id, boolean enabled, int expectedRevision) {
        return caller.workspaceToWrite()
                .chain(workspace -> existing(workspace, id))
                .chain(survey -> {
                    survey.publicLinkOff = !enabled;
                    return replaced(survey, expectedRevision);
                })
                .chain(survey -> latest(survey.workspaceId, List.of(survey)).map(found -> found.get(0)));
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
        survey.updatedAt = Survey.now();
        return store.replace(survey, expectedRevision).onItem().ifNull()
                .failWith(() -> new ConflictException("Survey " + survey.id + " was changed concurrently; reload and retry"));
    }

    private static ConflictException conflict(Survey survey, int expectedRevision) {
        return new ConflictException("Survey " + survey.id + " is at revision " + survey.revision
                + ", not expectedRevision " + expectedRevision + "; reload and retry");
    }
}
