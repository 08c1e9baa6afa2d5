package io.parcours.localstack;

import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend commits on a timer, after the write was acknowledged: a crash lost what clients had
 * been told was stored. Here every write command is committed to the file and synced to disk before its answer
 * leaves, as a journaled MongoDB write does. A change stream is refused as a standalone MongoDB server refuses it
 * (the backend would fail on it with a stack trace in its log): clients then take their polling path.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "dropindexes", "create", "drop", "dropdatabase", "renamecollection");

    DurableH2Backend(String file) {
        super(file);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (command.equalsIgnoreCase("aggregate") && opensChangeStream(query)) {
            // Answered as an error reply, not thrown: the server would log a thrown refusal with a stack trace.
            return new Document("ok", 0.0).append("errmsg", "The $changeStream stage is only supported on replica sets")
                    .append("code", 40573).append("codeName", "Location40573");
        }
        Document answer = super.handleCommand(channel, database, command, query);
        if (WRITES.contains(command.toLowerCase())) {
            getMvStore().commit();
            getMvStore().sync();
        }
        return answer;
    }

    private static boolean opensChangeStream(Document aggregate) {
        return aggregate.get("pipeline") instanceof List<?> stages && !stages.isEmpty()
                && stages.get(0) instanceof Document first && first.containsKey("$changeStream");
    }
}
