package io.votewire.tally.domain;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * One of a record's per-article lists (its articles, a candidate value's, a broken rule's) as a read-only list over
 * the tally's set itself, and the number it is stored under apart from the record's document
 * ({@code io.votewire.contract.ArticleLists}). A record is derived after every claim, and copying each value's
 * articles (thousands on a big vote) would make a claim cost the record's size.
 */
public final class ArticleList extends AbstractList<String> {
    private final long number;
    private final Set<String> articles;

    ArticleList(long number, TreeSet<String> articles) {
        this.number = number;
        this.articles = Collections.unmodifiableSet(articles);
    }

    /** The number the list is stored under: {@code ArticleLists.ALL} for the record's articles. */
    public long number() {
        return number;
    }

    /** A candidate value's list: the field and the value name it, so any instance numbers it alike. */
    static long ofValue(String field, Object value) {
        return number("value", field, String.valueOf(value));
    }

    /** A broken rule's list, by its field and reason (as {@link RecordTally.Breached} is known). */
    static long ofBreach(String field, String reason) {
        return number("breach", field, reason);
    }

    /** 64-bit FNV-1a of the parts; never 0, which is the record's own list. */
    private static long number(String... parts) {
        long h = 0xcbf29ce484222325L;
        for (String part : parts) {
            for (byte b : (part + '\0').getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
        }
        return h == 0 ? 1 : h;
    }

    @Override
    public String get(int index) {
        return articles.stream().skip(index).findFirst().orElseThrow(IndexOutOfBoundsException::new);
    }

    @Override
    public int size() {
        return articles.size();
    }

    @Override
    public Iterator<String> iterator() {
        return articles.iterator();
    }
}
