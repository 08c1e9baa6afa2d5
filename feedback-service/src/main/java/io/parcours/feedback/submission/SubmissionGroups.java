package io.parcours.feedback.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Responses that arrive one at a time (the hosted survey page, the widget, a mobile app's single POST) stored
 * together: while a workspace's group is being written, the next ones wait and go as its next group. When the store
 * is idle a response goes at once, alone; when it is busy, many share each of the few bulk writes a group costs.
 */
@ApplicationScoped
class SubmissionGroups {

    static final int MAX_GROUP = 100;

    /** One response's fate in its group: its result, or why it was refused. */
    record Settled(SubmissionResult result, Exception refusal) {
    }

    private record Waiting(Submission input, UniEmitter<? super SubmissionResult> emitter) {
    }

    private static final class Group {
        private final List<Waiting> pending = new ArrayList<>();
        private boolean writing;

        /** The next responses to write (at most MAX_GROUP), or null when there are none; the group is writing then. */
        private List<Waiting> next() {
            if (pending.isEmpty()) {
                writing = false;
                return null;
            }
            writing = true;
            List<Waiting> taken = new ArrayList<>(pending.subList(0, Math.min(MAX_GROUP, pending.size())));
            pending.subList(0, taken.size()).clear();
            return taken;
        }
    }

    private final Map<String, Group> groups = new ConcurrentHashMap<>();

    /** Stores the response with the others of its workspace waiting now; {@code store} writes one group. */
    Uni<SubmissionResult> submit(String workspace, Submission input, Function<List<Submission>, Uni<List<Settled>>> store) {
        return Uni.createFrom().emitter(emitter -> {
            Group group = groups.computeIfAbsent(workspace, key -> new Group());
            List<Waiting> next;
            synchronized (group) {
                group.pending.add(new Waiting(input, emitter));
                next = group.writing ? null : group.next();
            }
            if (next != null) {
                write(group, next, store);
            }
        });
    }

    private void write(Group group, List<Waiting> taken, Function<List<Submission>, Uni<List<Settled>>> store) {
        store.apply(taken.stream().map(Waiting::input).toList()).subscribe().with(settled -> {
            for (int i = 0; i < taken.size(); i++) {
                Settled one = settled.get(i);
                if (one.refusal() != null) {
                    taken.get(i).emitter().fail(one.refusal());
                } else {
                    taken.get(i).emitter().complete(one.result());
                }
            }
            writeNext(group, store);
        }, failure -> {
            taken.forEach(waiting -> waiting.emitter().fail(failure));
            writeNext(group, store);
        });
    }

    private void writeNext(Group group, Function<List<Submission>, Uni<List<Settled>>> store) {
        List<Waiting> next;
        synchronized (group) {
            next = group.next();
        }
        if (next != null) {
            write(group, next, store);
        }
    }
}
