package org.unref.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Inserts rows in JDBC batches on the session's connection. Hibernate cannot batch rows whose id the database
 * assigns, and seeding and imports write thousands of paragraphs, votes and citations: one round trip a row made
 * them most of the first start.
 */
public final class JdbcBatches {

    private static final int BATCH = 500;

    /** Sets one row's parameters on the insert. */
    public interface Binder<T> {
        void bind(PreparedStatement insert, T row) throws SQLException;
    }

    private JdbcBatches() {
    }

    /**
     * Inserts {@code rows} with {@code sql}, in list order, after flushing the session: rows these point at (a record
     * persisted in this transaction) must be in the database first.
     */
    public static <T> void insert(EntityManager em, String sql, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    binder.bind(insert, row);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }
}
