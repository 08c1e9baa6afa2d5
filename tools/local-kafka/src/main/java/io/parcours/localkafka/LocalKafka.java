package io.parcours.localkafka;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * One Kafka broker in KRaft mode, broker and controller in this process, its data in a folder that outlives it:
 * {@code java -jar local-kafka.jar --dir DIR [--port 9092] [--controller-port 9093]}. The first start formats the
 * folder; later starts keep the topics, offsets and undelivered records. Prints {@value #READY} once it serves.
 */
public final class LocalKafka {

    public static final String READY = "Kafka is ready";

    public static void main(String[] args) throws IOException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path dir = Path.of(option(args, "--dir", ".parcours/kafka")).toAbsolutePath();
        int port = Integer.parseInt(option(args, "--port", "9092"));
        int controllerPort = Integer.parseInt(option(args, "--controller-port", String.valueOf(port + 1)));
        Files.createDirectories(dir);
        Path config = dir.resolve("server.properties");
        write(config, properties(dir, port, controllerPort));
        if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
            format(config, clusterId(dir));
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(read(config), false), Time.SYSTEM);
        // SIGTERM (./parcours down, the tests' stop) shuts the broker down cleanly; kill -9 is survived by the log.
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "kafka-shutdown"));
        server.startup();
        System.out.println(READY + " on 127.0.0.1:" + port);
        server.awaitShutdown();
    }

    static Properties properties(Path dir, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", dir.resolve("logs").toString());
        // Topics the services create on first use get as many partitions as consumers a scaled service may run.
        p.setProperty("num.partitions", "4");
        // One broker: every internal topic has one replica, and a few partitions (50 take seconds to create).
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "4");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "4");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    /** The cluster's id, made at the first start and kept beside the data. */
    private static String clusterId(Path dir) throws IOException {
        Path file = dir.resolve("cluster-id");
        if (!Files.exists(file)) {
            Files.writeString(file, Uuid.randomUuid().toString());
        }
        return Files.readString(file).trim();
    }

    private static void format(Path config, String clusterId) {
        int status = StorageTool.execute(new String[] {"format", "--standalone", "--ignore-formatted", "-t", clusterId,
                "-c", config.toString()}, System.out);
        if (status != 0) {
            throw new IllegalStateException("formatting the Kafka log folder failed (" + status + ")");
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static void write(Path file, Properties properties) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            properties.store(out, "written by LocalKafka at each start");
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
