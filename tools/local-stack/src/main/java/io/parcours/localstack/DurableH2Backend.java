package io.parcours.localstack;

import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend commits on a timer, after the write was acknowledged: a crash lost what clients had
 * been told was stored. Here every write command is committed to the file and synced to disk before its answer
 * leaves, as a journaled MongoDB write does.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "dropindexes", "create", "drop", "dropdatabase", "renamecollection");

    DurableH2Backend(String file) {
        super(file);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer = super.handleCommand(channel, database, command, query);
        if (WRITES.contains(command.toLowerCase())) {
            getMvStore().commit();
            getMvStore().sync();
        }
        return answer;
    }
}
