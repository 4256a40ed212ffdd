package io.votewire.contract;

/** Recorded vote counts; each is null when the source does not give it. */
public record Counts(Integer yes, Integer no, Integer abstain) {
    public static final Counts NONE = new Counts(null, null, null);
}
