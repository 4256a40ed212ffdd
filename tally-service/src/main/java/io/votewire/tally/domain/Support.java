package io.votewire.tally.domain;

import java.util.List;

/** One candidate value of a field and the independent sources (and articles) that state it. */
public record Support(Object value, int sources, List<String> articles) {
}
