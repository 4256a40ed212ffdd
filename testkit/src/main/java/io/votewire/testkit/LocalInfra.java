package io.votewire.testkit;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local run's infrastructure as one process: Kafka (KRaft) and PostgreSQL with their data under a folder, so a
 * restart keeps state. Settings come from the environment: VOTEWIRE_DATA, KAFKA_PORT, DB_PORT, DB_PASSWORD.
 * Prints "READY" once both answer; stops both on SIGTERM/SIGINT.
 */
public final class LocalInfra {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(env("VOTEWIRE_DATA", ".votewire")).toAbsolutePath();
        int kafkaPort = Integer.parseInt(env("KAFKA_PORT", "9092"));
        int pgPort = Integer.parseInt(env("DB_PORT", "5432"));
        String password = System.getenv("DB_PASSWORD");
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("DB_PASSWORD must be set");
        }
        EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka"), kafkaPort, kafkaPort + 1, 4, false);
        kafka.start();
        EmbeddedPg pg = EmbeddedPg.start(pgPort, dir.resolve("pg"), password);
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

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
