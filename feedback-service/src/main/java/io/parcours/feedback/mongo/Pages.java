package io.parcours.feedback.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.or;

import java.util.Date;

import org.bson.conversions.Bson;

import io.parcours.common.paging.PageCursor;

/** Listings ordered by (createdAt, _id): the filter of what comes after a cursor. */
public final class Pages {

    private Pages() {
    }

    /** {@code where}, narrowed to what comes after {@code after} (all of it when there is no cursor). */
    public static Bson after(Bson where, PageCursor after) {
        if (after == null) {
            return where;
        }
        Date at = Date.from(after.createdAt());
        return and(where, or(gt("createdAt", at), and(eq("createdAt", at), gt("_id", after.id().toString()))));
    }
}
