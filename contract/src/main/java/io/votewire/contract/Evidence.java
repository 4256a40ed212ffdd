package io.votewire.contract;

/** The sentence that states a fact, with its character offsets in the article body (end exclusive). */
public record Evidence(String text, int start, int end) {
}
