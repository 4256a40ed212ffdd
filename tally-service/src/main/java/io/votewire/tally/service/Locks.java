package io.votewire.tally.service;

import io.votewire.tally.persistence.StoredArticle;

import java.util.SortedSet;

/** Transaction-scoped PostgreSQL advisory locks, taken in one statement and in key order, so no two takers deadlock. */
final class Locks {
    private Locks() {
    }

    static void take(SortedSet<Long> keys) {
        if (keys.isEmpty()) {
            return;
        }
        StoredArticle.getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(k) from"
                        + " (select unnest(cast(cast(?1 as text) as bigint[])) as k order by 1) o) l")
                .setParameter(1, keys.toString().replace('[', '{').replace(']', '}')).getSingleResult();
    }
}
