package io.parcours.feedback.score;

import java.time.Duration;
import java.util.ArrayList;

import org.bson.Document;

import io.parcours.feedback.Migrations;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The all-time totals of responses stored before this service kept them (a store written by an earlier version):
 * at the first start on such a store, every journey's, stage's and touchpoint's total is recounted, all together.
 * Replicas starting at once both recount, which sets the same counts; submissions meanwhile are safe (the recount's
 * lock, as in {@link TallyRecount}).
 */
@ApplicationScoped
public class TotalsBuild {

    static final String MIGRATION = "score-totals";

    private final ScoreStore scores;
    private final TallyRecount recount;
    private final Migrations migrations;

    TotalsBuild(ScoreStore scores, TallyRecount recount, Migrations migrations) {
        this.scores = scores;
        this.recount = recount;
        this.migrations = migrations;
    }

    /** After the indexes, before the repair of the tallies (which may then find totals to repair). */
    void atStart(@Observes @Priority(2900) StartupEvent started) {
        build().await().atMost(Duration.ofMinutes(10));
    }

    public Uni<Void> build() {
        return migrations.once(MIGRATION, () -> scores.tallyBySubject(new Document())
                .chain(found -> recount.recountTogether(new ArrayList<>(found.keySet()),
                        () -> scores.tallyBySubject(new Document()))));
    }
}
