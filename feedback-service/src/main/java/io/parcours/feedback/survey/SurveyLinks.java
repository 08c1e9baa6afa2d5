package io.parcours.feedback.survey;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.parcours.feedback.Migrations;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The surveys about each touchpoint, one document per touchpoint keyed by workspace and touchpoint, so that a journey
 * map finds the surveys of its touchpoints by _id in any store. Written before the survey itself, so a link may name a
 * survey that was never stored or has since moved to another touchpoint: readers keep only the surveys whose own
 * touchpoint matches.
 */
@ApplicationScoped
public class SurveyLinks {

    static final String MIGRATION = "survey-links";

    private final ReactiveMongoCollection<Document> links;
    private final ReactiveMongoCollection<Survey> surveys;
    private final Migrations migrations;

    SurveyLinks(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database,
            Migrations migrations) {
        this.links = client.getDatabase(database).getCollection("survey_links");
        this.surveys = client.getDatabase(database).getCollection("surveys", Survey.class);
        this.migrations = migrations;
    }

    void atStart(@Observes @Priority(2900) StartupEvent started) {
        linkEarlierSurveys().await().atMost(Duration.ofMinutes(10));
    }

    /** Surveys stored before the links were kept get theirs, once per store: one bulk write for all. */
    public Uni<Void> linkEarlierSurveys() {
        return migrations.once(MIGRATION, () -> surveys.find(ne("touchpointId", null)).collect().asList()
                .chain(found -> found.isEmpty() ? Uni.createFrom().voidItem()
                        : links.bulkWrite(linking(found)).replaceWithVoid()));
    }

    /** One $addToSet per touchpoint, of every survey about it. */
    private static List<WriteModel<Document>> linking(List<Survey> found) {
        Map<String, List<String>> surveyIdsByLink = found.stream().collect(Collectors.groupingBy(
                survey -> id(survey.workspaceId, survey.touchpointId),
                Collectors.mapping(survey -> survey.id, Collectors.toList())));
        return surveyIdsByLink.entrySet().stream().<WriteModel<Document>>map(link -> new UpdateOneModel<>(
                eq("_id", link.getKey()), Updates.addEachToSet("surveyIds", link.getValue()), new UpdateOptions().upsert(true)))
                .toList();
    }

    /** Records that the survey is about its touchpoint (nothing without one). */
    Uni<Void> link(Survey survey) {
        if (survey.touchpointId == null) {
            return Uni.createFrom().voidItem();
        }
        return links.updateOne(eq("_id", id(survey.workspaceId, survey.touchpointId)),
                Updates.addToSet("surveyIds", survey.id), new UpdateOptions().upsert(true)).replaceWithVoid();
    }

    /** The ids of the surveys linked to these touchpoints: a superset of those about them now. */
    Uni<Set<String>> surveyIds(String workspaceId, Collection<String> touchpointIds) {
        List<String> keys = touchpointIds.stream().map(id -> id(workspaceId, SurveyStore.canonicalId(id))).distinct()
                .toList();
        return links.find(in("_id", keys)).collect().asList().map(found -> {
            Set<String> ids = new TreeSet<>();
            found.forEach(link -> ids.addAll(link.getList("surveyIds", String.class)));
            return ids;
        });
    }

    private static String id(String workspaceId, String touchpointId) {
        return workspaceId + "|" + touchpointId;
    }
}
