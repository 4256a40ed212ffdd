package io.votewire.contract;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resolution's document as the tally stores it (issue 15): every per-article list of the REST document (the
 * record's articles, each candidate value's, each broken rule's) stands as a placeholder, a list of one string
 * {@code "#<list>"}, and its articles are rows of their own (table {@code resolution_article}), so a batch writes the
 * claims it adds, not a hot record's thousands of article ids per value. Readers put the lists back; a document
 * stored before has its lists in place and no placeholder.
 */
public final class ArticleLists {
    /** The list of all the record's articles; any other list's number is not 0. */
    public static final long ALL = 0;
    private static final HexFormat HEX = HexFormat.of();
    /** Quotes inside JSON strings are escaped, so this only matches a placeholder that is a field's whole value. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(\"articles\":\\s*)\\[\"#([0-9a-f]{16})\"]");

    private ArticleLists() {
    }

    /** What stands in the stored document for a list. */
    public static List<String> placeholder(long list) {
        return List.of("#" + HEX.toHexDigits(list));
    }

    /** Whether the document has its lists apart (a document stored before has them in place). */
    public static boolean apart(String doc) {
        return doc != null && doc.contains("\"" + placeholder(ALL).get(0) + "\"]");
    }

    /**
     * The document with its lists put back: each placeholder replaced by its list's JSON array (by list number, as
     * {@code jsonb_agg} writes it), everything else as it was, to the character. A list without articles is empty.
     */
    public static String assemble(String doc, Map<Long, String> lists) {
        Matcher m = PLACEHOLDER.matcher(doc);
        StringBuilder out = new StringBuilder(doc.length() + lists.values().stream().mapToInt(String::length).sum());
        while (m.find()) {
            String articles = lists.getOrDefault(HEX.fromHexDigitsToLong(m.group(2)), "[]");
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + articles));
        }
        return m.appendTail(out).toString();
    }
}
