package io.votewire.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** {@code @WithTestResource(KafkaTestResource.class)}: one real KRaft broker per test JVM, shared by its tests. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedKafka kafka;

    public static synchronized EmbeddedKafka broker() {
        if (kafka == null) {
            try {
                kafka = EmbeddedKafka.startEphemeral();
            } catch (Exception e) {
                throw new IllegalStateException("could not start the embedded Kafka broker", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
        }
        return kafka;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker outlives one Quarkus app: other test classes of this JVM reuse it; the shutdown hook stops it
    }
}
