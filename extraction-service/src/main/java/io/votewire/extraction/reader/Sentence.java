package io.votewire.extraction.reader;

/** A sentence of an article body: its text and character offsets in the body (end exclusive). */
public record Sentence(int index, int start, int end, String text) {
}
