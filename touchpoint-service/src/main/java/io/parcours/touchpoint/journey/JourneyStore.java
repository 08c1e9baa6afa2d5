package io.parcours.touchpoint.journey;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.parcours.common.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * Queries on journeys, stages and touchpoints. Every query takes the workspace; loading whole maps
 * costs three queries whatever the number of journeys, stages and touchpoints.
 */
@ApplicationScoped
public class JourneyStore {

    public Uni<Journey> journey(String workspaceId, UUID id) {
        return Journey.find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    /** The journey, locked until the transaction ends: structural edits of one journey run one at a time. */
    public Uni<Journey> journeyForUpdate(String workspaceId, UUID id) {
        return Journey.find("workspaceId = ?1 and id = ?2", workspaceId, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<List<Journey>> journeys(String workspaceId, Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : Journey.list("workspaceId = ?1 and id in ?2", workspaceId, ids);
    }

    public Uni<List<Journey>> journeysOfPersonas(String workspaceId, Collection<UUID> personaIds) {
        return personaIds.isEmpty() ? Uni.createFrom().item(List.of())
                : Journey.list("workspaceId = ?1 and personaId in ?2 order by createdAt, id", workspaceId, personaIds);
    }

    public Uni<List<Journey>> page(String workspaceId, JourneyFilter filter, PageCursor after, int limit) {
        Parameters parameters = filterParameters(workspaceId, filter);
        String where = filterClause(filter);
        if (after != null) {
            where += " and (createdAt > :afterCreatedAt or (createdAt = :afterCreatedAt and id > :afterId))";
            parameters.and("afterCreatedAt", after.createdAt()).and("afterId", after.id());
        }
        return Journey.<Journey>find(where + " order by createdAt, id", parameters).range(0, limit - 1).list();
    }

    public Uni<Long> count(String workspaceId, JourneyFilter filter) {
        return Journey.count(filterClause(filter), filterParameters(workspaceId, filter));
    }

    public Uni<Stage> stage(String workspaceId, UUID id) {
        return Stage.find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    public Uni<List<Stage>> stagesOf(UUID journeyId) {
        return Stage.list("journeyId = ?1 order by position", journeyId);
    }

    public Uni<List<Touchpoint>> touchpointsOf(UUID stageId) {
        return Touchpoint.list("stageId = ?1 order by position", stageId);
    }

    public Uni<Touchpoint> touchpoint(String workspaceId, UUID id) {
        return Touchpoint.find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    public Uni<List<Touchpoint>> touchpoints(String workspaceId, Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : Touchpoint.list("workspaceId = ?1 and id in ?2", workspaceId, ids);
    }

    public Uni<Long> touchpointCount(UUID journeyId) {
        return Touchpoint.count("journeyId", journeyId);
    }

    /**
     * Marks the journey's funnel progress as out of date after a change of its stages or touchpoints: the next
     * funnel rebuilds it. Takes the journey's funnel lock, so a rebuild running now cannot mark it complete again.
     */
    public Uni<Void> invalidateFunnel(UUID journeyId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, journeyId.toString()).getResultList()
                .chain(() -> session.createNativeQuery("delete from funnel_state where journey_id = ?1")
                        .setParameter(1, journeyId).executeUpdate()))
                .replaceWithVoid();
    }

    /** What {@link #delete} removed beside the journey's own rows. */
    public record Removed(int interactions, int derivedUnlinked) {
    }

    /**
     * Deletes the journey (its stages, touchpoints and funnel rows go with it: foreign keys on delete cascade), then
     * the interactions recorded on it, and unlinks the journeys derived from it. The journey goes first: a recording
     * that committed meanwhile is then visible to the interactions' delete.
     */
    public Uni<Removed> delete(String workspaceId, UUID journeyId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("update journey set derived_from_id = null, version = version + 1, updated_at = now() "
                        + "where workspace_id = ?1 and derived_from_id = ?2")
                .setParameter(1, workspaceId).setParameter(2, journeyId).executeUpdate()
                .chain(unlinked -> session.createNativeQuery("delete from journey where workspace_id = ?1 and id = ?2")
                        .setParameter(1, workspaceId).setParameter(2, journeyId).executeUpdate()
                        .chain(() -> session.createNativeQuery("delete from funnel_dirty where journey_id = ?1")
                                .setParameter(1, journeyId).executeUpdate())
                        .chain(() -> session.createNativeQuery("delete from touchpoint_interaction "
                                        + "where workspace_id = ?1 and journey_id = ?2")
                                .setParameter(1, workspaceId).setParameter(2, journeyId).executeUpdate())
                        .map(interactions -> new Removed(interactions, unlinked))));
    }

    /** Stages and touchpoints of the given journeys, in two queries, assembled in order. */
    public Uni<List<JourneyMap>> maps(List<Journey> journeys) {
        if (journeys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = journeys.stream().map(j -> j.id).toList();
        return Stage.<Stage>list("journeyId in ?1 order by journeyId, position", ids)
                .chain(stages -> Touchpoint.<Touchpoint>list("journeyId in ?1 order by stageId, position", ids)
                        .map(touchpoints -> assemble(journeys, stages, touchpoints)));
    }

    private static List<JourneyMap> assemble(List<Journey> journeys, List<Stage> stages, List<Touchpoint> touchpoints) {
        Map<UUID, List<Stage>> stagesByJourney = stages.stream()
                .collect(Collectors.groupingBy(s -> s.journeyId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<Touchpoint>> touchpointsByStage = touchpoints.stream()
                .collect(Collectors.groupingBy(t -> t.stageId, LinkedHashMap::new, Collectors.toList()));
        return journeys.stream()
                .map(j -> new JourneyMap(j, stagesByJourney.getOrDefault(j.id, List.of()), touchpointsByStage))
                .toList();
    }

    private static String filterClause(JourneyFilter filter) {
        StringBuilder where = new StringBuilder("workspaceId = :workspaceId");
        if (filter.personaId() != null) {
            where.append(" and personaId = :personaId");
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
        }
        if (filter.mapType() != null) {
            where.append(" and mapType = :mapType");
        }
        if (filter.nameContains() != null) {
            where.append(" and lower(name) like :namePattern escape '\\'");
        }
        return where.toString();
    }

    private static Parameters filterParameters(String workspaceId, JourneyFilter filter) {
        Parameters parameters = Parameters.with("workspaceId", workspaceId);
        if (filter.personaId() != null) {
            parameters.and("personaId", filter.personaId());
        }
        if (filter.status() != null) {
            parameters.and("status", filter.status());
        }
        if (filter.mapType() != null) {
            parameters.and("mapType", filter.mapType());
        }
        if (filter.nameContains() != null) {
            parameters.and("namePattern", filter.namePattern());
        }
        return parameters;
    }
}
