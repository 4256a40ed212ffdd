package io.votewire.testkit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Writes and reads string records on the test broker, the way a test needs it. */
public final class Topics {
    private Topics() {
    }

    public static void send(String topic, String key, String value) {
        send(KafkaTestResource.broker().bootstrapServers(), topic, key, value);
    }

    public static void send(String bootstrapServers, String topic, String key, String value) {
        send(bootstrapServers, new ProducerRecord<>(topic, key, value));
    }

    /** With one header, as a service upstream sets it (a traceparent). */
    public static void send(String topic, String key, String value, String header, String headerValue) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(header, headerValue.getBytes(StandardCharsets.UTF_8));
        send(KafkaTestResource.broker().bootstrapServers(), record);
    }

    private static void send(String bootstrapServers, ProducerRecord<String, String> record) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, String> p = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            p.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + record.topic(), e);
        }
    }

    /** Waits for a record with this key on the topic and returns the first. */
    public static ConsumerRecord<String, String> firstWithKey(String topic, String key) {
        return firstWithKey(KafkaTestResource.broker().bootstrapServers(), topic, key);
    }

    public static ConsumerRecord<String, String> firstWithKey(String bootstrapServers, String topic, String key) {
        return withKey(bootstrapServers, topic, key, false).get(0);
    }

    /** Every record with this key, read from the start of the topic to its current end. */
    public static List<ConsumerRecord<String, String>> allWithKey(String topic, String key) {
        return withKey(KafkaTestResource.broker().bootstrapServers(), topic, key, true);
    }

    private static List<ConsumerRecord<String, String>> withKey(String bootstrapServers, String topic, String key, boolean toTheEnd) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            await(key + " on " + topic).atMost(Duration.ofSeconds(30)).until(() -> {
                c.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                boolean atEnd = !c.assignment().isEmpty() && c.assignment().stream()
                        .allMatch(tp -> c.position(tp) >= c.endOffsets(List.of(tp)).get(tp));
                return !found.isEmpty() && (!toTheEnd || atEnd);
            });
        }
        return found;
    }
}
