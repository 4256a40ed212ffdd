package io.votewire.contract;

import java.util.function.Consumer;

/**
 * Runs a step of a consumer until it succeeds. An outage of the broker or the database is not the message's fault,
 * so it must not dead-letter the message: the consumer waits (its offset stays uncommitted) and goes on when the
 * outage ends. Any other failure is retried a few times and then rethrown as {@link MessageRejected}, so one bad
 * message cannot stall its partition; {@link MessageRejected} itself is rethrown at once.
 */
public final class Retry {
    private static final long MAX_BACKOFF_MS = 5_000;
    private static final int ATTEMPTS_FOR_NON_TRANSIENT = 5;

    private Retry() {
    }

    public static void untilDone(Runnable step, Consumer<RuntimeException> onFailure) {
        long backoff = 100;
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (MessageRejected e) {
                throw e;
            } catch (RuntimeException e) {
                if (!isOutage(e) && attempt >= ATTEMPTS_FOR_NON_TRANSIENT) {
                    throw new MessageRejected("failed " + attempt + " times: " + e);
                }
                onFailure.accept(e);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while retrying", ie);
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }

    /**
     * Connection loss or a timeout anywhere in the cause chain: the infrastructure, not the message. Of Kafka's
     * errors only those it marks retriable (a timeout, a lost connection, a leader moving) are; the others, such as a
     * record over the broker's size limit or a denied topic, fail the same way every time.
     */
    public static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // a failed commit carries the connection's failure as a suppressed exception, not as its cause
            for (Throwable s : t.getSuppressed()) {
                if (isOutage(s)) {
                    return true;
                }
            }
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.net.ConnectException || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("ConnectionException") || name.endsWith("TimeoutException")
                    || isKafkaRetriable(t.getClass()) || name.endsWith("LockAcquisitionException")) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P") || sql.getSQLState().equals("40001")
                    || sql.getSQLState().equals("40P01"))) {
                return true; // connection exceptions, admin shutdown, serialization failure, deadlock
            }
        }
        return false;
    }

    /** By name: the contract does not depend on the Kafka client, whose services do. */
    private static boolean isKafkaRetriable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.apache.kafka.common.errors.RetriableException")) {
                return true;
            }
        }
        return false;
    }
}
