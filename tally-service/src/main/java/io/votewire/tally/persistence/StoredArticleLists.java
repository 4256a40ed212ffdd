package io.votewire.tally.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.hibernate.orm.panache.Panache;
import io.votewire.contract.ArticleLists;
import io.votewire.contract.Json;
import io.votewire.tally.domain.ArticleList;
import io.votewire.tally.domain.ResolutionRecord;
import org.hibernate.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.Map;

/**
 * A record's per-article lists apart from its document ({@link ArticleLists}, table {@code resolution_article}):
 * per record and article, the numbers of the lists that name it. A batch writes the rows of the articles whose
 * claims in the record it changed, so a hot record costs the claims a batch adds, not its thousands of articles.
 */
public final class StoredArticleLists {
    /** The document with a placeholder for each list the tally derived (an {@link ArticleList}). */
    private static final ObjectMapper DOCUMENTS = Json.MAPPER.copy().registerModule(new SimpleModule()
            .addSerializer(ArticleList.class, new StdSerializer<>(ArticleList.class) {
                @Override
                public void serialize(ArticleList list, JsonGenerator out, SerializerProvider provider) throws IOException {
                    out.writeObject(ArticleLists.placeholder(list.number()));
                }
            }));

    private StoredArticleLists() {
    }

    /** The record's document as stored: its lists as placeholders. */
    public static String document(ResolutionRecord record) {
        try {
            return DOCUMENTS.writeValueAsString(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a batch writes of one record's lists: the rows of these articles (null: the article left the record),
     * after removing all its rows first when {@code replace}.
     */
    public record Change(boolean replace, Map<String, long[]> articles) {
    }

    /** Writes the records' rows (record id to change) in one batch of statements; the transaction is flushed first. */
    public static void write(Map<String, Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        var em = Panache.getEntityManager();
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement clear = connection.prepareStatement("delete from resolution_article where resolution_id = ?");
                 PreparedStatement remove = connection.prepareStatement(
                         "delete from resolution_article where resolution_id = ? and article_id = ?");
                 PreparedStatement upsert = connection.prepareStatement("insert into resolution_article (resolution_id,"
                         + " article_id, lists) values (?, ?, ?) on conflict (resolution_id, article_id) do update set lists = excluded.lists")) {
                for (Map.Entry<String, Change> c : changes.entrySet()) {
                    if (c.getValue().replace()) {
                        clear.setString(1, c.getKey());
                        clear.addBatch();
                    }
                    for (Map.Entry<String, long[]> a : c.getValue().articles().entrySet()) {
                        PreparedStatement ps = a.getValue() == null ? remove : upsert;
                        ps.setString(1, c.getKey());
                        ps.setString(2, a.getKey());
                        if (a.getValue() != null) {
                            ps.setArray(3, connection.createArrayOf("bigint", Arrays.stream(a.getValue()).boxed().toArray()));
                        }
                        ps.addBatch();
                    }
                }
                clear.executeBatch();
                remove.executeBatch();
                upsert.executeBatch();
            }
        });
    }
}
