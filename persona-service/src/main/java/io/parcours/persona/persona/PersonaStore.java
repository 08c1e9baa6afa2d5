package io.parcours.persona.persona;

import java.util.List;
import java.util.UUID;

import io.parcours.common.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries on personas. Every query takes the workspace: no path reads across workspaces. */
@ApplicationScoped
public class PersonaStore implements PanacheRepositoryBase<Persona, UUID> {

    /**
     * Deletes the photo at this avatarUrl (one this service keeps) unless a persona still points to it: after a change
     * that dropped it, in the same transaction.
     */
    public Uni<Void> dropPhotoIfUnused(String avatarUrl) {
        if (avatarUrl == null || !avatarUrl.startsWith(Persona.PHOTO_PATH)) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session
                .createNativeQuery("delete from persona_photo where sha256 = ?1 "
                        + "and not exists (select 1 from persona where avatar_url = ?2)")
                .setParameter(1, avatarUrl.substring(Persona.PHOTO_PATH.length())).setParameter(2, avatarUrl)
                .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Persona> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    /** One SQL query for any number of ids. */
    public Uni<List<Persona>> findAllInWorkspace(String workspaceId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("workspaceId = ?1 and id in ?2", workspaceId, ids);
    }

    /** Up to {@code limit} personas after {@code after} (null: from the start), in keyset order. */
    public Uni<List<Persona>> page(String workspaceId, PersonaFilter filter, PageCursor after, int limit) {
        Parameters parameters = filterParameters(workspaceId, filter);
        String where = filterClause(filter);
        if (after != null) {
            where += " and (createdAt > :afterCreatedAt or (createdAt = :afterCreatedAt and id > :afterId))";
            parameters.and("afterCreatedAt", after.createdAt()).and("afterId", after.id());
        }
        return find(where + " order by createdAt, id", parameters).range(0, limit - 1).list();
    }

    public Uni<Long> count(String workspaceId, PersonaFilter filter) {
        return count(filterClause(filter), filterParameters(workspaceId, filter));
    }

    private static String filterClause(PersonaFilter filter) {
        StringBuilder where = new StringBuilder("workspaceId = :workspaceId");
        if (!filter.includeArchived()) {
            where.append(" and archived = false");
        }
        if (filter.search() != null) {
            where.append(" and (lower(name) like :pattern escape '\\'")
                    .append(" or lower(title) like :pattern escape '\\'")
                    .append(" or lower(summary) like :pattern escape '\\')");
        }
        if (filter.tag() != null) {
            where.append(" and array_contains(tags, :tag)");
        }
        if (filter.channel() != null) {
            where.append(" and array_contains(preferredChannels, :channel)");
        }
        return where.toString();
    }

    private static Parameters filterParameters(String workspaceId, PersonaFilter filter) {
        Parameters parameters = Parameters.with("workspaceId", workspaceId);
        if (filter.search() != null) {
            parameters.and("pattern", "%" + escapeLike(filter.search().toLowerCase()) + "%");
        }
        if (filter.tag() != null) {
            parameters.and("tag", filter.tag());
        }
        if (filter.channel() != null) {
            parameters.and("channel", filter.channel().name());
        }
        return parameters;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
