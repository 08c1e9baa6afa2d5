package io.parcours.gateway.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.parcours.gateway.live.UpstreamSockets.Upstream;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Subscriptions shared by the clients that ask the same thing — same workspace, same reading rights, same document and
 * variables: one upstream subscription to feedback-service per group, whose messages go to every member. The subgraph
 * then executes each event once per group, not once per client (a hundred clients on one journey map cost what one
 * does). The group's upstream carries its first member's token; every member's own token was verified by the gateway,
 * names the same workspace and grants the same reading rights, and closes its member's socket when it expires.
 */
@ApplicationScoped
public class SharedSubscriptions {

    static final String UNAVAILABLE = new JsonArray().add(new JsonObject()
            .put("message", "Live events are unavailable: feedback-service does not answer")
            .put("extensions", new JsonObject().put("code", "SUBGRAPH_UNAVAILABLE"))).encode();
    static final String ALL_IN_USE = new JsonArray().add(new JsonObject()
            .put("message", "The gateway holds as many live subscriptions to feedback-service as it may; subscribe "
                    + "again in a minute")
            .put("extensions", new JsonObject().put("code", "LIMIT_EXCEEDED").put("limit", "maxUpstreamConnections")))
            .encode();

    /** A client subscription: gets each message's type and payload (JSON text, or null). */
    interface Member {
        void deliver(String type, String payload);
    }

    private final UpstreamSockets upstreams;
    private final Map<String, Group> groups = new ConcurrentHashMap<>();

    public SharedSubscriptions(UpstreamSockets upstreams) {
        this.upstreams = upstreams;
    }

    /** Adds the member to the group of its key, opening the group's upstream subscription with this token if new. */
    void join(String key, String authorization, JsonObject payload, Member member) {
        Group[] created = new Group[1];
        groups.compute(key, (k, group) -> {
            Group joined = group != null ? group : (created[0] = new Group(k));
            joined.members.add(member);
            return joined;
        });
        if (created[0] != null) { // opened outside compute(): a refusal at once takes the group out of the map
            created[0].open(authorization, payload);
        }
    }

    /** Takes the member out; the last one out ends the upstream subscription. */
    void leave(String key, Member member) {
        groups.computeIfPresent(key, (k, group) -> {
            group.members.remove(member);
            if (group.members.isEmpty()) {
                group.end();
                return null;
            }
            return group;
        });
    }

    private final class Group {
        private final String key;
        private final Set<Member> members = ConcurrentHashMap.newKeySet();
        private final Promise<Upstream> opened = Promise.promise();
        private final Future<Upstream> upstream = opened.future();

        Group(String key) {
            this.key = key;
        }

        private void open(String authorization, JsonObject payload) {
            upstreams.open(authorization, this::received, this::closed).onComplete(opened);
            upstream.onSuccess(up -> up.send(new JsonObject().put("type", "subscribe").put("id", "1").put("payload", payload)))
                    .onFailure(down -> ended(down instanceof UpstreamSockets.AllInUse ? ALL_IN_USE : UNAVAILABLE));
        }

        private void received(JsonObject message) {
            String type = message.getString("type", "");
            Object payload = message.getValue("payload");
            String text = payload == null ? null : Json.encode(payload);
            members.forEach(member -> member.deliver(type, text));
            if (type.equals("error") || type.equals("complete")) {
                groups.remove(key, this);
                upstream.onSuccess(Upstream::close);
            }
        }

        /** The upstream connection ended or never opened: every member's subscription ends with an error. */
        private void closed() {
            ended(UNAVAILABLE);
        }

        private void ended(String errors) {
            if (groups.remove(key, this)) {
                members.forEach(member -> member.deliver("error", errors));
            }
        }

        private void end() {
            upstream.onSuccess(up -> {
                up.send(new JsonObject().put("type", "complete").put("id", "1"));
                up.close();
            });
        }
    }
}
