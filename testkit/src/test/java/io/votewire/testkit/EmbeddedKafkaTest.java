package io.votewire.testkit;

import io.votewire.testkit.EmbeddedKafka.LogFlush;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmbeddedKafkaTest {
    @TempDir
    Path dir;

    @Test
    void theLogFlushIsWhatTheEnvironmentNames() {
        assertEquals(LogFlush.EVERY_MESSAGE, LogFlush.parse(null, LogFlush.EVERY_MESSAGE));
        assertEquals(LogFlush.OS, LogFlush.parse(" ", LogFlush.OS));
        assertEquals(LogFlush.OS, LogFlush.parse(" OS ", LogFlush.EVERY_MESSAGE));
        assertEquals(LogFlush.EVERY_MESSAGE, LogFlush.parse("every-message", LogFlush.OS));
        assertThrows(IllegalArgumentException.class, () -> LogFlush.parse("always", LogFlush.OS));
    }

    /** A port is handed out once per process, whatever ports the system offers again: two listeners never share one. */
    @Test
    void aFreePortIsHandedOutOnce() {
        java.util.Set<Integer> ports = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertTrue(ports.add(EmbeddedKafka.freePort()));
        }
    }

    /** The broker itself reports the flush it runs with: Kafka's default, or an fsync after every message. */
    @Test
    void theBrokerRunsWithTheChosenFlush() throws Exception {
        assertEquals(String.valueOf(Long.MAX_VALUE), flushIntervalOf(LogFlush.OS, dir.resolve("os")));
        assertEquals("1", flushIntervalOf(LogFlush.EVERY_MESSAGE, dir.resolve("every")));
    }

    private static String flushIntervalOf(LogFlush flush, Path logDir) throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka(logDir, 0, 0, 1, true, flush);
             Admin admin = start(kafka)) {
            ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
            return admin.describeConfigs(List.of(broker)).all().get().get(broker).get("log.flush.interval.messages").value();
        }
    }

    private static Admin start(EmbeddedKafka kafka) throws Exception {
        kafka.start();
        return Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }
}
