package io.votewire.tally.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;

/**
 * Sets aside a message that can never be processed, one by one, so a batch with one bad message still applies the
 * others: the consumer sends it here (original key and value, the reason in header {@code dead-letter-reason}) and
 * waits for the broker's acknowledgement before the batch's offsets move on.
 */
@ApplicationScoped
public class DeadLetters {
    private final MutinyEmitter<String> articles;
    private final MutinyEmitter<String> voteEvents;

    public DeadLetters(@Channel("articles-dead-letters") MutinyEmitter<String> articles,
                       @Channel("vote-events-dead-letters") MutinyEmitter<String> voteEvents) {
        this.articles = articles;
        this.voteEvents = voteEvents;
    }

    void send(ConsumerRecord<String, String> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", bytes(reason));
        headers.add("dead-letter-topic", bytes(record.topic()));
        headers.add("dead-letter-partition", bytes(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", bytes(Long.toString(record.offset())));
        MutinyEmitter<String> to = record.topic().endsWith("vote-events") ? voteEvents : articles;
        to.sendMessageAndAwait(Message.of(record.value() == null ? "" : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers).build()));
    }

    private static byte[] bytes(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }
}
