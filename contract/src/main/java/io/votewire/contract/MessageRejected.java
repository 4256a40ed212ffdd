package io.votewire.contract;

/** A Kafka message that can never be processed (bad JSON, unknown schema version): it goes to the dead-letter topic. */
public class MessageRejected extends RuntimeException {
    public MessageRejected(String reason) {
        super(reason);
    }
}
