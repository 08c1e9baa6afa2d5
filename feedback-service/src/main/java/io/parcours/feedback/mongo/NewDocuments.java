package io.parcours.feedback.mongo;

import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;

import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;

/**
 * Inserts of documents whose ids say what caused them: a document already stored (its cause worked out again after
 * a crash or a retry) is left as it is, the others are stored.
 */
public final class NewDocuments {

    private NewDocuments() {
    }

    public static <T> Uni<Void> insert(ReactiveMongoCollection<T> collection, List<T> documents) {
        return insertCounted(collection, documents).replaceWithVoid();
    }

    /** As {@link #insert}; how many of the documents were new. */
    public static <T> Uni<Integer> insertCounted(ReactiveMongoCollection<T> collection, List<T> documents) {
        if (documents.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return collection.insertMany(documents, new InsertManyOptions().ordered(false)).replaceWith(documents.size())
                .onFailure(MongoBulkWriteException.class).recoverWithUni(failure -> {
                    List<BulkWriteError> errors = ((MongoBulkWriteException) failure).getWriteErrors();
                    boolean onlyDuplicates = errors.stream()
                            .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
                    return onlyDuplicates ? Uni.createFrom().item(documents.size() - errors.size())
                            : Uni.createFrom().failure(failure);
                });
    }
}
