package io.votewire.contract;

import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryTest {

    @Test
    void onlyKafkasRetriableErrorsAreOutages() {
        assertTrue(Retry.isOutage(new TimeoutException("Expiring 1 record(s)")));
        assertTrue(Retry.isOutage(new NetworkException("the connection was lost")));
        assertTrue(Retry.isOutage(new DisconnectException()));
        assertTrue(Retry.isOutage(new CompletionException(new NotLeaderOrFollowerException("leader moved"))));
        assertFalse(Retry.isOutage(new RecordTooLargeException("The message is 2000000 bytes")));
        assertFalse(Retry.isOutage(new CompletionException(new RecordTooLargeException("too large"))));
        assertFalse(Retry.isOutage(new TopicAuthorizationException(Set.of("vote-events"))));
    }

    @Test
    void aRecordTooLargeIsRejectedAfterAFewAttemptsNotRetriedForEver() {
        AtomicInteger attempts = new AtomicInteger();
        MessageRejected rejected = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(MessageRejected.class,
                () -> Retry.untilDone(() -> {
                    attempts.incrementAndGet();
                    throw new RecordTooLargeException("The message is 2000000 bytes");
                }, e -> { })));
        assertEquals(5, attempts.get());
        assertTrue(rejected.getMessage().contains("RecordTooLargeException"), rejected.getMessage());
    }
}
