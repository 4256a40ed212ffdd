package io.votewire.ingest.service;

/** Input that can never become an article; maps to a 4xx problem with {@link #status()} and the reason. */
public class InvalidArticle extends RuntimeException {
    private final int status;

    public InvalidArticle(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
