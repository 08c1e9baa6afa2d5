package io.parcours.feedback.survey;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;

import io.parcours.common.error.ConflictException;
import io.parcours.common.paging.PageCursor;
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

    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {
    };

    private final ReactiveMongoCollection<Document> surveys;
    private final ReactiveMongoCollection<Document> versions;
    private final ObjectMapper json;
    private final Cache<String, SurveyVersion> publishedVersions = Caffeine.newBuilder().maximumSize(10_000).build();

    public SurveyStore(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database,
            ObjectMapper json) {
        this.surveys = client.getDatabase(database).getCollection("surveys");
        this.versions = client.getDatabase(database).getCollection("survey_versions");
        this.json = json;
    }

    /** The indexes real MongoDB needs for the listing and the batch lookups. */
    void createIndexes(@Observes StartupEvent started) {
        surveys.createIndex(Indexes.ascending("workspaceId", "createdAt", "_id")).await().indefinitely();
        surveys.createIndex(Indexes.ascending("workspaceId", "touchpointId")).await().indefinitely();
        surveys.createIndex(Indexes.ascending("workspaceId", "journeyId")).await().indefinitely();
        versions.createIndex(Indexes.ascending("surveyId", "version"), new IndexOptions().unique(true)).await().indefinitely();
    }

    public Uni<Survey> find(String workspaceId, String id) {
        return surveys.find(and(eq("workspaceId", workspaceId), eq("_id", id))).collect().first().map(this::survey);
    }

    public Uni<List<Survey>> findAll(String workspaceId, Collection<String> ids) {
        return surveys.find(and(eq("workspaceId", workspaceId), in("_id", ids))).map(this::survey).collect().asList();
    }

    public Uni<List<Survey>> ofTouchpoints(String workspaceId, Collection<String> touchpointIds) {
        return surveys.find(and(eq("workspaceId", workspaceId), in("touchpointId", touchpointIds)),
                new FindOptions().sort(Sorts.ascending("createdAt", "_id")))
                .map(this::survey).collect().asList();
    }

    /** Up to {@code limit} surveys matching the filter after {@code after}, oldest first. */
    public Uni<List<Survey>> page(String workspaceId, SurveyFilter filter, PageCursor after, int limit) {
        Bson where = where(workspaceId, filter);
        if (after != null) {
            Date at = Date.from(after.createdAt());
            where = and(where, or(gt("createdAt", at), and(eq("createdAt", at), gt("_id", after.id().toString()))));
        }
        return surveys.find(where, new FindOptions()
                .sort(Sorts.ascending("createdAt", "_id")).limit(limit)).map(this::survey).collect().asList();
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
        return surveys.insertOne(document(survey)).replaceWithVoid();
    }

    /** Replaces the survey if its stored revision is still {@code expectedRevision}; null otherwise. */
    public Uni<Survey> replace(Survey survey, int expectedRevision) {
        Bson current = and(eq("_id", survey.id), eq("workspaceId", survey.workspaceId), eq("revision", expectedRevision));
        return surveys.findOneAndReplace(current, document(survey),
                new FindOneAndReplaceOptions().returnDocument(ReturnDocument.AFTER)).map(this::survey);
    }

    public Uni<Void> insertVersion(String workspaceId, SurveyVersion version) {
        Document document = new Document("_id", versionId(version.surveyId(), version.version()))
                .append("surveyId", version.surveyId()).append("workspaceId", workspaceId)
                .append("version", version.version()).append("title", version.title())
                .append("defaultLocale", version.defaultLocale()).append("questions", questionDocuments(version.questions()))
                .append("publishedAt", Date.from(version.publishedAt()));
        return versions.insertOne(document).replaceWithVoid()
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
        return versions.find(and(eq("workspaceId", workspaceId), in("_id", missing))).collect().asList().map(documents -> {
            for (Document d : documents) {
                SurveyVersion version = new SurveyVersion(d.getString("surveyId"), d.getInteger("version"),
                        d.getString("title"), d.getString("defaultLocale"), questions(d), instant(d, "publishedAt"));
                found.put(d.getString("_id"), version);
                publishedVersions.put(workspaceId + "|" + d.getString("_id"), version);
            }
            return found;
        });
    }

    /** The stored id of a published version. */
    public static String versionId(String surveyId, int version) {
        return surveyId + "@" + version;
    }

    private Document document(Survey s) {
        return new Document("_id", s.id).append("workspaceId", s.workspaceId).append("title", s.title)
                .append("kind", s.kind.name()).append("status", s.status.name())
                .append("opensAt", date(s.opensAt)).append("closesAt", date(s.closesAt))
                .append("journeyId", s.journeyId).append("stageId", s.stageId).append("touchpointId", s.touchpointId)
                .append("personaId", s.personaId).append("defaultLocale", s.defaultLocale)
                .append("questions", questionDocuments(s.questions)).append("publishedVersion", s.publishedVersion)
                .append("draftChanged", s.draftChanged).append("revision", s.revision)
                .append("createdAt", date(s.createdAt)).append("updatedAt", date(s.updatedAt));
    }

    private Survey survey(Document d) {
        if (d == null) {
            return null;
        }
        Survey s = new Survey();
        s.id = d.getString("_id");
        s.workspaceId = d.getString("workspaceId");
        s.title = d.getString("title");
        s.kind = SurveyKind.valueOf(d.getString("kind"));
        s.status = SurveyStatus.valueOf(d.getString("status"));
        s.opensAt = instant(d, "opensAt");
        s.closesAt = instant(d, "closesAt");
        s.journeyId = d.getString("journeyId");
        s.stageId = d.getString("stageId");
        s.touchpointId = d.getString("touchpointId");
        s.personaId = d.getString("personaId");
        s.defaultLocale = d.getString("defaultLocale");
        s.questions = questions(d);
        s.publishedVersion = d.getInteger("publishedVersion", 0);
        s.draftChanged = d.getBoolean("draftChanged", false);
        s.revision = d.getInteger("revision", 0);
        s.createdAt = instant(d, "createdAt");
        s.updatedAt = instant(d, "updatedAt");
        return s;
    }

    @SuppressWarnings("unchecked")
    private List<Document> questionDocuments(List<Question> questions) {
        List<Document> documents = new ArrayList<>();
        for (Question question : questions) {
            documents.add(new Document(json.convertValue(question, Map.class)));
        }
        return documents;
    }

    private List<Question> questions(Document d) {
        return json.convertValue(d.getList("questions", Document.class), QUESTIONS);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
