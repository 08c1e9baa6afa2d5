package io.parcours.gateway.subgraph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the gateway keeps of the caller's HTTP request: the Authorization header, passed on unchanged (each
 * subgraph checks the token itself), and the subgraph reads already made for this request.
 */
@ApplicationScoped
public class CallerRequest {

    private static final String READS = "parcours.subgraph-reads";
    private static final String SELECTIONS = "parcours.selections";

    /**
     * The caller as seen now; keep it to make subgraph calls for this request later, e.g. from a callback.
     * selections: every field selected under the request's root fields, by type and name ("Journey.persona"), so
     * that a join asks for what all its occurrences select (aliases, fragments, several places).
     */
    public record Current(String authorization, Map<Object, Object> reads,
            Map<String, List<SelectedField>> selections) {

        /** The fields selected under every occurrence of a field, e.g. of "Journey.persona". */
        public List<SelectedField> selectedUnder(String coordinates) {
            return selections.getOrDefault(coordinates, List.of()).stream()
                    .flatMap(field -> field.getSelectionSet().getImmediateFields().stream()).toList();
        }

        /** Whether a field is selected anywhere in the request, e.g. "Journey.emotionCurve". */
        public boolean selects(String coordinates) {
            return selections.containsKey(coordinates);
        }

        /** Indexes the fields selected under a root field (called by each root field before its subgraph read). */
        public void index(DataFetchingFieldSelectionSet selection) {
            for (SelectedField field : selection.getFields()) {
                for (String type : field.getObjectTypeNames()) {
                    selections.computeIfAbsent(type + "." + field.getName(), k -> new CopyOnWriteArrayList<>())
                            .add(field);
                }
            }
        }
    }

    private final CurrentVertxRequest request;

    public CallerRequest(CurrentVertxRequest request) {
        this.request = request;
    }

    public Current current() {
        RoutingContext routing = request.getCurrent();
        if (routing == null) {
            return new Current(null, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
        Map<Object, Object> reads = routing.get(READS);
        if (reads == null) {
            reads = new ConcurrentHashMap<>();
            routing.put(READS, reads);
        }
        Map<String, List<SelectedField>> selections = routing.get(SELECTIONS);
        if (selections == null) {
            selections = new ConcurrentHashMap<>();
            routing.put(SELECTIONS, selections);
        }
        return new Current(routing.request().getHeader(HttpHeaders.AUTHORIZATION), reads, selections);
    }
}
