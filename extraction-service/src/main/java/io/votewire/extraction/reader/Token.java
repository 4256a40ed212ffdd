package io.votewire.extraction.reader;

/**
 * One annotated token of an article ({@link Tokenizer}): a word (lower case), a number, a state, a punctuation mark
 * or a line break, with its character offsets. A vote cue ("voted against", "abstaining") is annotated on its first
 * token with its stance and how many tokens the phrase takes.
 *
 * @param text   the word in lower case, the punctuation mark (every dash as "—"), or "\n" for a line break; empty for
 *               a word no rule reads
 * @param id     the word's or mark's id in the rules' {@link Vocabulary}, -1 where it has none
 * @param state  the state a {@link Kind#STATE} token names (one token for a whole name)
 * @param number the value of a {@link Kind#NUMBER} token, else -1
 * @param cue    the stance of a vote cue starting here, else null
 * @param cueLength tokens the cue takes
 */
public record Token(Kind kind, String text, int id, int start, int end, State state, int number, Stance cue, int cueLength) {
    public enum Kind { WORD, NUMBER, STATE, PUNCT, BREAK }

    boolean is(String word) {
        return text.equals(word);
    }

    /** Whether the token is one of the ids marked in {@code ids} ({@link Vocabulary#idsOf}). */
    boolean in(long[] ids) {
        return id >= 0 && (ids[id >> 6] & 1L << id) != 0;
    }

    /** Ends a clause: a sentence end, a semicolon or a line break. */
    boolean endsClause() {
        return kind == Kind.BREAK || kind == Kind.PUNCT && text.length() == 1 && ".;!?".indexOf(text.charAt(0)) >= 0;
    }
}
