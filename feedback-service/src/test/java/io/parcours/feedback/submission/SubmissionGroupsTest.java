package io.parcours.feedback.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.parcours.common.error.ValidationException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;

/** Grouping one-at-a-time submissions: alone when the store is idle, together while it writes, each its own fate. */
class SubmissionGroupsTest {

    private final SubmissionGroups groups = new SubmissionGroups();
    /** The groups the store was asked to write, each completed by the test when it likes. */
    private final List<List<Submission>> written = new ArrayList<>();
    private final List<CompletableFuture<List<SubmissionGroups.Settled>>> writes = new ArrayList<>();
    private final Function<List<Submission>, Uni<List<SubmissionGroups.Settled>>> store = group -> {
        written.add(group);
        CompletableFuture<List<SubmissionGroups.Settled>> done = new CompletableFuture<>();
        writes.add(done);
        return Uni.createFrom().completionStage(done);
    };

    @Test
    void aloneWhenIdleTogetherWhileWriting() {
        var first = submit("w", "a");
        assertThat(written).hasSize(1).first().extracting(this::ids).isEqualTo(List.of("a"));
        var second = submit("w", "b");
        var third = submit("w", "c");
        var elsewhere = submit("other", "x");
        assertThat(written).as("b and c wait; another workspace does not").hasSize(2);
        assertThat(ids(written.get(1))).containsExactly("x");

        writes.get(0).complete(List.of(accepted("a")));
        first.awaitItem(Duration.ofSeconds(1)).assertItem(SubmissionResult.accepted("a", "id-a"));
        assertThat(written).hasSize(3);
        assertThat(ids(written.get(2))).as("the next group: all that waited").containsExactly("b", "c");

        writes.get(2).complete(List.of(accepted("b"), new SubmissionGroups.Settled(null,
                ValidationException.of("answers[0].score", "must be 0 to 10"))));
        second.awaitItem(Duration.ofSeconds(1)).assertItem(SubmissionResult.accepted("b", "id-b"));
        third.awaitFailure(Duration.ofSeconds(1)).assertFailedWith(ValidationException.class, "answers[0].score");
        elsewhere.assertNotTerminated();
    }

    @Test
    void aFailedWriteFailsItsGroupOnlyAndTheNextOneGoes() {
        var first = submit("w", "a");
        var second = submit("w", "b");
        writes.get(0).completeExceptionally(new IllegalStateException("store away"));
        first.awaitFailure(Duration.ofSeconds(1)).assertFailedWith(IllegalStateException.class, "store away");
        assertThat(ids(written.get(1))).containsExactly("b");
        writes.get(1).complete(List.of(accepted("b")));
        second.awaitItem(Duration.ofSeconds(1)).assertItem(SubmissionResult.accepted("b", "id-b"));
    }

    @Test
    void aGroupHoldsAtMostItsLimit() {
        submit("w", "first");
        for (int i = 0; i < SubmissionGroups.MAX_GROUP + 5; i++) {
            submit("w", "r" + i);
        }
        writes.get(0).complete(List.of(accepted("first")));
        assertThat(written.get(1)).hasSize(SubmissionGroups.MAX_GROUP);
        writes.get(1).complete(written.get(1).stream().map(s -> accepted(s.clientResponseId())).toList());
        assertThat(written.get(2)).hasSize(5);
    }

    private UniAssertSubscriber<SubmissionResult> submit(String workspace, String clientResponseId) {
        Submission input = new Submission("survey", null, clientResponseId, null, null, null, null, List.of(), null, false);
        return groups.submit(workspace, input, store).subscribe().withSubscriber(UniAssertSubscriber.create());
    }

    private List<String> ids(List<Submission> group) {
        return group.stream().map(Submission::clientResponseId).toList();
    }

    private static SubmissionGroups.Settled accepted(String clientResponseId) {
        return new SubmissionGroups.Settled(SubmissionResult.accepted(clientResponseId, "id-" + clientResponseId), null);
    }
}
