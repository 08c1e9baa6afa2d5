package io.parcours.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Helpers for the local platform ({@code ./parcours up}): each command is one step the script runs.
 *
 * <pre>
 * postgres DATA_DIR PORT DATABASE...     run embedded PostgreSQL until stopped
 * mongo DATA_FILE PORT                   run mongo-java-server (H2 file backend) until stopped
 * keys KEY_DIR                           create the local token-signing key pair once
 * token KEY_DIR WORKSPACE ROLE...        print a bearer token signed with that key
 * seed PERSONA_URL TOUCHPOINT_URL FEEDBACK_URL TOKEN  load the demo workspace (the token's), completing an interrupted load
 *                                        load the demo workspace unless it has personas already
 * bench-touchpoint URL JDBC_URL KEY_DIR CUSTOMERS EVENTS_PER_CUSTOMER SENDERS
 *                                        analytics benchmark (see BENCHMARKS.md)
 * bench-feedback BASE_URL KEY_DIR RESPONSES SENDERS RATE SECONDS
 *                                        feedback benchmark (see BENCHMARKS.md)
 * bench-triggers TOUCHPOINT_URL FEEDBACK_URL JDBC_URL KEY_DIR CUSTOMERS EVENTS_PER_CUSTOMER SENDERS
 *                                        ingestion with survey triggers off, then on (see BENCHMARKS.md)
 * </pre>
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "postgres" -> {
                need(rest, 3);
                LocalPostgres.runUntilStopped(Path.of(rest.get(0)), Integer.parseInt(rest.get(1)), rest.subList(2, rest.size()));
            }
            case "mongo" -> {
                need(rest, 2);
                LocalMongo.runUntilStopped(Path.of(rest.get(0)), Integer.parseInt(rest.get(1)));
            }
            case "keys" -> {
                need(rest, 1);
                LocalKeys.createIfMissing(Path.of(rest.get(0)));
            }
            case "token" -> {
                need(rest, 2);
                System.out.println(LocalKeys.load(Path.of(rest.get(0))).token(rest.get(1), rest.subList(2, rest.size())));
            }
            case "seed" -> {
                need(rest, 4);
                new DemoSeeder(new GraphQLClient(rest.get(3)), rest.get(0), rest.get(1), rest.get(2)).seed();
            }
            case "bench-touchpoint" -> {
                need(rest, 6);
                LocalKeys keys = LocalKeys.load(Path.of(rest.get(2)));
                GraphQLClient client = new GraphQLClient(keys.token("bench", List.of("editor")));
                new TouchpointBench(client, rest.get(0), rest.get(1)).run(Integer.parseInt(rest.get(3)),
                        Integer.parseInt(rest.get(4)), Integer.parseInt(rest.get(5)));
            }
            case "bench-feedback" -> {
                need(rest, 6);
                LocalKeys keys = LocalKeys.load(Path.of(rest.get(1)));
                String token = keys.token("bench", List.of("editor"));
                new FeedbackBench(new GraphQLClient(token), token, rest.get(0)).run(Integer.parseInt(rest.get(2)),
                        Integer.parseInt(rest.get(3)), Integer.parseInt(rest.get(4)), Integer.parseInt(rest.get(5)));
            }
            case "bench-triggers" -> {
                need(rest, 7);
                new TriggerBench(LocalKeys.load(Path.of(rest.get(3))), rest.get(0), rest.get(1), rest.get(2))
                        .run(Integer.parseInt(rest.get(4)), Integer.parseInt(rest.get(5)), Integer.parseInt(rest.get(6)));
            }
            default -> usage();
        }
    }

    private static void need(List<String> arguments, int count) {
        if (arguments.size() < count) {
            usage();
        }
    }

    private static void usage() {
        System.err.println("usage: local-stack postgres DATA_DIR PORT DATABASE... | mongo DATA_FILE PORT | keys KEY_DIR"
                + " | token KEY_DIR WORKSPACE ROLE... | seed PERSONA_URL TOUCHPOINT_URL FEEDBACK_URL TOKEN");
        System.exit(2);
    }
}
