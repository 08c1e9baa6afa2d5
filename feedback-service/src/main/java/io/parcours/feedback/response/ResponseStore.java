package io.parcours.feedback.response;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;

import io.parcours.feedback.survey.SurveyAsOf;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Responses in MongoDB. The unique index on (workspace, survey, clientResponseId) is what makes a retried
 * submission — also two at once — stored once: the database refuses the second insert.
 */
@ApplicationScoped
public class ResponseStore {

    private final ReactiveMongoCollection<StoredResponse> responses;

    public ResponseStore(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.responses = client.getDatabase(database).getCollection("responses", StoredResponse.class);
    }

    /** The responses as documents, for the score aggregations. */
    public ReactiveMongoCollection<Document> collection() {
        return responses.withDocumentClass(Document.class);
    }

    void createIndexes(@Observes StartupEvent started) {
        responses.createIndex(Indexes.ascending("workspaceId", "surveyId", "clientResponseId"),
                new IndexOptions().unique(true)).await().indefinitely();
        // Score filters: each link with the time range.
        for (String link : List.of("surveyId", "touchpointId", "stageId", "journeyId", "personaId")) {
            responses.createIndex(Indexes.ascending("workspaceId", link, "submittedAt")).await().indefinitely();
        }
        responses.createIndex(Indexes.ascending("workspaceId", "respondentRef")).await().indefinitely();
    }

    /**
     * Inserts the documents; returns the positions of those already stored (duplicate key).
     * Unordered, so one duplicate does not stop the others.
     */
    public Uni<Set<Integer>> insertAll(List<StoredResponse> batch) {
        return responses.insertMany(batch, new InsertManyOptions().ordered(false))
                .map(done -> Set.<Integer>of())
                .onFailure(MongoBulkWriteException.class).recoverWithUni(failure -> {
                    MongoBulkWriteException bulk = (MongoBulkWriteException) failure;
                    Set<Integer> duplicates = new HashSet<>();
                    for (var error : bulk.getWriteErrors()) {
                        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                            return Uni.createFrom().failure(failure);
                        }
                        duplicates.add(error.getIndex());
                    }
                    return Uni.createFrom().item(duplicates);
                });
    }

    /** The stored responses with these ids, of any workspace (found by _id alone). */
    public Uni<List<StoredResponse>> withIds(Collection<String> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : responses.find(in("_id", ids)).collect().asList();
    }

    /** clientResponseId → stored response id, for one survey. */
    public Uni<Map<String, String>> idsOf(String workspaceId, String surveyId, Collection<String> clientResponseIds) {
        return responses.find(and(eq("workspaceId", workspaceId), eq("surveyId", surveyId), in("clientResponseId", clientResponseIds)))
                .collect().asList().map(found -> {
                    Map<String, String> ids = new HashMap<>();
                    found.forEach(response -> ids.put(response.clientResponseId(), response.id()));
                    return ids;
                });
    }

    /** Replaces a response's answers (a partial response completed) and the locale it was answered in. */
    public Uni<Void> replaceAnswers(String workspaceId, String id, List<Answer> answers, String locale) {
        return responses.updateOne(and(eq("_id", id), eq("workspaceId", workspaceId)),
                Updates.combine(Updates.set("answers", answers), Updates.set("locale", locale))).replaceWithVoid();
    }

    /** Deletes the respondent's responses and returns them, so that their counts can be taken back. */
    public Uni<List<StoredResponse>> deleteRespondent(String workspaceId, String respondentRef) {
        return responses.find(and(eq("workspaceId", workspaceId), eq("respondentRef", respondentRef))).collect().asList()
                .call(found -> found.isEmpty() ? Uni.createFrom().voidItem()
                        : responses.deleteMany(in("_id", found.stream().map(StoredResponse::id).toList())));
    }
}
