package io.votewire.testkit;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local run's infrastructure as one process: Kafka (KRaft) and PostgreSQL with their data under a folder, so a
 * restart keeps state. Settings come from the environment: VOTEWIRE_DATA, KAFKA_PORT, DB_PORT, DB_PASSWORD,
 * DB_READ_PASSWORD (the gateway's read-only login's), KAFKA_LOG_FLUSH ({@link EmbeddedKafka.LogFlush}).
 * Prints "READY" once both answer; stops both on SIGTERM/SIGINT.
 */
public final class LocalInfra {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(env("VOTEWIRE_DATA", ".votewire")).toAbsolutePath();
        int kafkaPort = Integer.parseInt(env("KAFKA_PORT", "9092"));
        int pgPort = Integer.parseInt(env("DB_PORT", "5432"));
        String password = required("DB_PASSWORD");
        String readerPassword = required("DB_READ_PASSWORD");
        // the local run keeps its data across restarts: an acknowledged record is on disk unless told otherwise
        EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka"), kafkaPort, kafkaPort + 1, 4, false,
                EmbeddedKafka.LogFlush.fromEnvironment(EmbeddedKafka.LogFlush.EVERY_MESSAGE));
        kafka.start();
        EmbeddedPg pg = EmbeddedPg.start(pgPort, dir.resolve("pg"), password, readerPassword);
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("[local-infra] stopping PostgreSQL: " + e);
            }
            kafka.close();
            done.countDown();
        }));
        System.out.printf("READY kafka=%s db=%s%n", kafka.bootstrapServers(), pg.jdbcUrl());
        done.await();
    }

    private static String required(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(name + " must be set");
        }
        return v;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
