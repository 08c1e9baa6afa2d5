package io.parcours.feedback.survey;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.codecs.pojo.annotations.BsonId;
import org.bson.conversions.Bson;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;

import io.parcours.common.error.ConflictException;
import io.parcours.common.paging.PageCursor;
import io.parcours.feedback.mongo.Pages;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Surveys and their published versions in MongoDB. Every query carries the workspace. */
@ApplicationScoped
public class SurveyStore {

    private final ReactiveMongoCollection<Survey> surveys;
    private final ReactiveMongoCollection<VersionRow> versions;
    private final Cache<String, SurveyVersion> publishedVersions = Caffeine.newBuilder().maximumSize(10_000).build();
    private final SurveyLinks links;

    public SurveyStore(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database,
            SurveyLinks links) {
        this.surveys = client.getDatabase(database).getCollection("surveys", Survey.class);
        this.links = links;
        this.versions = client.getDatabase(database).getCollection("survey_versions", VersionRow.class);
    }

    /** A published version as stored: keyed by {@link #versionId}, scoped by workspace. */
    public record VersionRow(@BsonId String id, String workspaceId, String surveyId, int version, String title,
            String defaultLocale, List<Question> questions, Instant publishedAt) {

        static VersionRow of(String workspaceId, SurveyVersion v) {
            return new VersionRow(versionId(v.surveyId(), v.version()), workspaceId, v.surveyId(), v.version(), v.title(),
                    v.defaultLocale(), v.questions(), v.publishedAt());
        }

        SurveyVersion asVersion() {
            return new SurveyVersion(surveyId, version, title, defaultLocale, questions, publishedAt);
        }
    }

    /** The indexes real MongoDB needs for the listing and the batch lookups. */
    void createIndexes(@Observes StartupEvent started) {
        surveys.createIndex(Indexes.ascending("workspaceId", "createdAt", "_id")).await().indefinitely();
        surveys.createIndex(Indexes.ascending("workspaceId", "touchpointId")).await().indefinitely();
        surveys.createIndex(Indexes.ascending("workspaceId", "journeyId")).await().indefinitely();
        versions.createIndex(Indexes.ascending("surveyId", "version"), new IndexOptions().unique(true)).await().indefinitely();
    }

    // Surveys are found by _id alone, which every store answers from its primary index (the local MongoDB-protocol
    // server would scan for any other filter), and the workspace is checked here.

    public Uni<Survey> find(String workspaceId, String id) {
        return findAll(workspaceId, List.of(id)).map(found -> found.isEmpty() ? null : found.get(0));
    }

    public Uni<List<Survey>> findAll(String workspaceId, Collection<String> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : surveys.find(in("_id", ids)).filter(survey -> workspaceId.equals(survey.workspaceId)).collect().asList();
    }

    /** The surveys about these touchpoints, oldest first: two lookups by _id (their links, then the surveys). */
    public Uni<List<Survey>> ofTouchpoints(String workspaceId, Collection<String> touchpointIds) {
        Set<String> touchpoints = touchpointIds.stream().map(SurveyStore::canonicalId).collect(Collectors.toSet());
        return links.surveyIds(workspaceId, touchpointIds).chain(ids -> findAll(workspaceId, ids))
                .map(found -> found.stream().filter(survey -> touchpoints.contains(survey.touchpointId))
                        .sorted(Comparator.comparing((Survey survey) -> survey.createdAt).thenComparing(survey -> survey.id))
                        .toList());
    }

    /** Up to {@code limit} surveys matching the filter after {@code after}, oldest first. */
    public Uni<List<Survey>> page(String workspaceId, SurveyFilter filter, PageCursor after, int limit) {
        Bson where = Pages.after(where(workspaceId, filter), after);
        return surveys.find(where, new FindOptions()
                .sort(Sorts.ascending("createdAt", "_id")).limit(limit)).collect().asList();
    }

    public Uni<Long> count(String workspaceId, SurveyFilter filter) {
        return surveys.countDocuments(where(workspaceId, filter));
    }

    private static Bson where(String workspaceId, SurveyFilter filter) {
        List<Bson> conditions = new ArrayList<>(List.of(eq("workspaceId", workspaceId)));
        if (filter.touchpointId() != null) {
            conditions.add(eq("touchpointId", canonicalId(filter.touchpointId())));
        }
        if (filter.journeyId() != null) {
            conditions.add(eq("journeyId", canonicalId(filter.journeyId())));
        }
        if (filter.status() != null) {
            conditions.add(eq("status", filter.status().name()));
        }
        return and(conditions);
    }

    /** Ids of other services' entities as stored and matched: UUIDs in lower case. */
    static String canonicalId(String id) {
        return id == null ? null : id.toLowerCase();
    }

    public Uni<Void> insert(Survey survey) {
        // The link first: a link without its survey is skipped by readers, a survey without its link would be missed.
        return links.link(survey).chain(() -> surveys.insertOne(survey)).replaceWithVoid();
    }

    /** Replaces the survey if its stored revision is still {@code expectedRevision}; null otherwise. */
    public Uni<Survey> replace(Survey survey, int expectedRevision) {
        Bson current = and(eq("_id", survey.id), eq("workspaceId", survey.workspaceId), eq("revision", expectedRevision));
        return links.link(survey).chain(() -> surveys.findOneAndReplace(current, survey,
                new FindOneAndReplaceOptions().returnDocument(ReturnDocument.AFTER)));
    }

    public Uni<Void> insertVersion(String workspaceId, SurveyVersion version) {
        return versions.insertOne(VersionRow.of(workspaceId, version)).replaceWithVoid()
                .onFailure(MongoWriteException.class).transform(clash -> new ConflictException(
                        "Survey " + version.surveyId() + " was published concurrently; reload and retry"));
    }

    /** A published version, or null. */
    public Uni<SurveyVersion> version(String workspaceId, String surveyId, int version) {
        String key = versionId(surveyId, version);
        return versions(workspaceId, List.of(key)).map(found -> found.get(key));
    }

    /**
     * Published versions by {@link #versionId}, in one query for those not in memory yet; unknown ones are
     * absent. Read versions are kept in memory, since a version never changes.
     */
    public Uni<Map<String, SurveyVersion>> versions(String workspaceId, Collection<String> versionIds) {
        Map<String, SurveyVersion> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : versionIds) {
            SurveyVersion known = publishedVersions.getIfPresent(workspaceId + "|" + id);
            if (known != null) {
                found.put(id, known);
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return Uni.createFrom().item(found);
        }
        return versions.find(and(eq("workspaceId", workspaceId), in("_id", missing))).collect().asList().map(rows -> {
            for (VersionRow row : rows) {
                found.put(row.id(), row.asVersion());
                publishedVersions.put(workspaceId + "|" + row.id(), row.asVersion());
            }
            return found;
        });
    }

    /** The stored id of a published version. */
    public static String versionId(String surveyId, int version) {
        return surveyId + "@" + version;
    }
}
