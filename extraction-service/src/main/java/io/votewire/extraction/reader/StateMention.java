package io.votewire.extraction.reader;

/** A state named in a text, with how it was named and its character offsets (end exclusive). */
public record StateMention(State state, int start, int end, Form form) {
    public enum Form { NAME, METONYM, DEMONYM }
}
