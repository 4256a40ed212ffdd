package io.votewire.tally.domain;

import java.util.List;

/** A field on which sources disagree (or a value that contradicts what is known), with every alternative. */
public record Conflict(String field, String reason, List<Support> values) {
}
