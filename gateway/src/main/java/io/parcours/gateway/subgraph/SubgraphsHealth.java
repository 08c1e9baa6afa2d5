package io.parcours.gateway.subgraph;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.arc.All;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;

/**
 * Each subgraph's state in the gateway's health, asked of the subgraph's own readiness at every probe.
 * <p>
 * What readiness means for a gateway that serves partial answers: a subgraph that is down costs its fields only
 * (SUBGRAPH_UNAVAILABLE), and every gateway replica sees the same subgraphs, so taking replicas out of service
 * for one would turn a partial outage into a whole one. The gateway is therefore ready while at least one subgraph
 * answers, and reports each one's state beside it; it is not ready when none does. Wellness
 * ({@code /q/health/well}) is down as soon as any subgraph is: that is what dashboards and alerts watch.
 */
public final class SubgraphsHealth {

    /** Long enough for a busy subgraph, short enough that a probe (Kubernetes waits 1 s by default) still answers. */
    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(800);

    private SubgraphsHealth() {
    }

    /** What every probe of the subgraphs found: the subgraphs' names and, for those not ready, why. */
    record Probe(List<String> names, List<String> problems) {

        boolean noneReady() {
            return problems.stream().allMatch(problem -> problem != null);
        }

        boolean allReady() {
            return problems.stream().allMatch(problem -> problem == null);
        }

        HealthCheckResponse response(String check, boolean up) {
            HealthCheckResponseBuilder response = HealthCheckResponse.named(check).status(up);
            for (int i = 0; i < names.size(); i++) {
                response.withData(names.get(i), problems.get(i) == null ? "UP" : "DOWN: " + problems.get(i));
            }
            return response.build();
        }
    }

    static Uni<Probe> probe(List<Subgraph> subgraphs) {
        return Uni.join().all(subgraphs.stream().map(subgraph -> subgraph.readinessProblem(PROBE_TIMEOUT)).toList())
                .andFailFast().map(problems -> new Probe(subgraphs.stream().map(Subgraph::name).toList(), problems));
    }

    /** Every subgraph, by name, probed on each call and judged as the kind of check says. */
    abstract static class SubgraphCheck implements AsyncHealthCheck {

        private final List<Subgraph> subgraphs;

        SubgraphCheck(List<Subgraph> subgraphs) {
            this.subgraphs = subgraphs.stream().sorted(Comparator.comparing(Subgraph::name)).toList();
        }

        @Override
        public Uni<HealthCheckResponse> call() {
            return probe(subgraphs).map(this::judge);
        }

        abstract HealthCheckResponse judge(Probe found);
    }

    /** Ready while any subgraph is; each one's state in the check's data. */
    @Readiness
    @Singleton
    static class AnySubgraph extends SubgraphCheck {

        AnySubgraph(@All List<Subgraph> subgraphs) {
            super(subgraphs);
        }

        @Override
        HealthCheckResponse judge(Probe found) {
            return found.response("subgraphs", !found.noneReady());
        }
    }

    /** Well only while every subgraph is ready. */
    @Wellness
    @Singleton
    static class EverySubgraph extends SubgraphCheck {

        EverySubgraph(@All List<Subgraph> subgraphs) {
            super(subgraphs);
        }

        @Override
        HealthCheckResponse judge(Probe found) {
            return found.response("every subgraph", found.allReady());
        }
    }
}
