package io.parcours.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The local MongoDB-protocol server refuses a change stream as a standalone MongoDB does (error 40573), so that a
 * client takes its polling path; other aggregations are answered as before.
 */
class ChangeStreamRefusalTest {

    @Test
    void aChangeStreamIsRefusedAsByAStandaloneServer(@TempDir Path dir) {
        DurableH2Backend backend = new DurableH2Backend(dir.resolve("mongo.h2").toString());
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> feed = client.getDatabase("feedback").getCollection("feedback_feed");
            feed.insertOne(new Document("_id", "e1").append("kind", "response"));

            MongoCommandException refused = catchThrowableOfType(MongoCommandException.class,
                    () -> feed.watch().iterator().tryNext());

            assertThat(refused.getErrorCode()).isEqualTo(40573);
            assertThat(refused.getErrorMessage()).contains("only supported on replica sets");
            assertThat(feed.aggregate(List.of(new Document("$match", new Document("kind", "response"))))
                    .into(new ArrayList<>())).hasSize(1);
        } finally {
            server.shutdown();
            backend.close();
        }
    }
}
