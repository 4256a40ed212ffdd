package io.votewire.contract;

import java.util.function.Consumer;

/**
 * Runs a step of a consumer until it succeeds. A broker or database outage is not the message's fault, so it must
 * not dead-letter the message: the consumer waits (its offset stays uncommitted) and goes on when the outage ends.
 * {@link MessageRejected} is the message's fault and is rethrown at once.
 */
public final class Retry {
    private static final long MAX_BACKOFF_MS = 5_000;

    private Retry() {
    }

    public static void untilDone(Runnable step, Consumer<RuntimeException> onFailure) {
        long backoff = 100;
        while (true) {
            try {
                step.run();
                return;
            } catch (MessageRejected e) {
                throw e;
            } catch (RuntimeException e) {
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
}
