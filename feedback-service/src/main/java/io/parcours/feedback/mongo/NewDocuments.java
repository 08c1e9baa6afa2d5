package io.parcours.feedback.mongo;

import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
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
        if (documents.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return collection.insertMany(documents, new InsertManyOptions().ordered(false)).replaceWithVoid()
                .onFailure(MongoBulkWriteException.class).recoverWithUni(failure -> {
                    boolean onlyDuplicates = ((MongoBulkWriteException) failure).getWriteErrors().stream()
                            .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
                    return onlyDuplicates ? Uni.createFrom().voidItem() : Uni.createFrom().failure(failure);
                });
    }
}
