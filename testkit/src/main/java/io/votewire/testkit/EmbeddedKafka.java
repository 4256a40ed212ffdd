package io.votewire.testkit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** A real single-node KRaft Kafka (broker and controller) inside the current JVM. */
public final class EmbeddedKafka implements AutoCloseable {
    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final int partitions;
    private final boolean deleteOnClose;
    private final LogFlush flush;
    private KafkaRaftServer server;

    /** With the log flush {@code KAFKA_LOG_FLUSH} names, else Kafka's default (tests: their log is thrown away). */
    public EmbeddedKafka(Path logDir, int port, int controllerPort, int partitions, boolean deleteOnClose) {
        this(logDir, port, controllerPort, partitions, deleteOnClose, LogFlush.fromEnvironment(LogFlush.OS));
    }

    public EmbeddedKafka(Path logDir, int port, int controllerPort, int partitions, boolean deleteOnClose,
                         LogFlush flush) {
        this.logDir = logDir;
        this.port = port == 0 ? freePort() : port;
        this.controllerPort = controllerPort == 0 ? freePort() : controllerPort;
        this.partitions = partitions;
        this.deleteOnClose = deleteOnClose;
        this.flush = flush;
    }

    public static EmbeddedKafka startEphemeral() throws Exception {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        EmbeddedKafka kafka = new EmbeddedKafka(Files.createTempDirectory(base, "kraft-"), 0, 0, 2, true);
        kafka.start();
        return kafka;
    }

    /**
     * When the broker's log reaches the disk. A single broker has no replica to hold what it acknowledged, so this
     * is its whole durability story (README, "Delivery guarantees").
     */
    public enum LogFlush {
        /**
         * Kafka's default: the broker writes each record to its log file and the operating system writes it back
         * to disk (within about 30 s on Linux). An acknowledged record survives the broker's process being killed,
         * not the machine losing power before the write-back.
         */
        OS,
        /**
         * An fsync after every append ({@code log.flush.interval.messages=1}): an acknowledged record survives a
         * power loss too, at a few milliseconds of disk per produce request and per committed offset.
         */
        EVERY_MESSAGE;

        /** From {@code KAFKA_LOG_FLUSH} ({@code os} or {@code every-message}), the fallback when unset. */
        public static LogFlush fromEnvironment(LogFlush fallback) {
            return parse(System.getenv("KAFKA_LOG_FLUSH"), fallback);
        }

        static LogFlush parse(String value, LogFlush fallback) {
            if (value == null || value.isBlank()) {
                return fallback;
            }
            if (value.strip().equalsIgnoreCase("os")) {
                return OS;
            }
            if (value.strip().equalsIgnoreCase("every-message")) {
                return EVERY_MESSAGE;
            }
            throw new IllegalArgumentException("KAFKA_LOG_FLUSH is '" + value + "': it takes 'os' or 'every-message'");
        }

        void configure(Properties broker) {
            if (this == EVERY_MESSAGE) {
                broker.put("log.flush.interval.messages", "1");
            }
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized void start() throws Exception {
        long t0 = System.nanoTime();
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", String.valueOf(partitions));
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        flush.configure(p);

        Files.createDirectories(logDir);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(p);
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
        server.startup();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        }
        System.out.printf("[embedded-kafka] %s up in %d ms (log dir %s, log flush %s)%n", bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), logDir, flush);
    }

    private void format(Properties p) throws IOException {
        Path cfg = logDir.resolveSibling(logDir.getFileName() + ".properties");
        try (Writer w = Files.newBufferedWriter(cfg)) {
            p.store(w, "embedded kafka");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", cfg.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        Files.deleteIfExists(cfg);
        if (rc != 0) {
            throw new IllegalStateException("kafka-storage format failed (" + rc + "): " + out);
        }
    }

    /** Stops the broker and keeps its log: {@link #start()} brings it back on the same port with the same topics. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (deleteOnClose) {
            deleteRecursively(logDir);
        }
    }

    /** The ports {@link #freePort} handed out in this process. */
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A free port, never one this process was given before: the system may hand a port out again as soon as the
     * socket that asked for it closes, and a broker refuses two listeners on one port (a CI run failed so), as two
     * services refuse one port.
     */
    static int freePort() {
        while (true) {
            try (ServerSocket s = new ServerSocket(0)) {
                s.setReuseAddress(true);
                if (HANDED_OUT.add(s.getLocalPort())) {
                    return s.getLocalPort();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static void deleteRecursively(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp dir left behind is harmless
        }
    }
}
