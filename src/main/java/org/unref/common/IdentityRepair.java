package org.unref.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Moves every identity column of an H2 database past the largest id its table holds, before anything is written.
 *
 * <p>H2 keeps an identity's next value apart from the rows it numbers. After the process is killed (the
 * durability check does it with {@code kill -9}), H2 has come back with rows committed under ids its sequence
 * had not yet recorded, and every later insert into that table failed on the primary key. This repair only ever
 * moves a sequence forward, so an id that was used once, even by a deleted row, is never handed out again.
 * PostgreSQL logs its sequences with the rows and needs none of this.
 */
@ApplicationScoped
public class IdentityRepair {

    private static final Logger LOG = Logger.getLogger(IdentityRepair.class);

    /** Observers run in ascending priority; this one runs before the seed loader writes anything. */
    static final int BEFORE_SEEDING = 0;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    void onStart(@Observes @Priority(BEFORE_SEEDING) StartupEvent event) throws SQLException {
        if ("h2".equals(dbKind)) {
            repair();
        }
    }

    /** Returns the identity columns it moved, as {@code TABLE.COLUMN}. */
    public List<String> repair() throws SQLException {
        List<String> moved = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (IdentityColumn column : identityColumns(sql)) {
                long largest = largestId(sql, column);
                if (largest >= column.next()) {
                    sql.execute("ALTER TABLE " + column.table() + " ALTER COLUMN " + column.column()
                            + " RESTART WITH " + (largest + 1));
                    LOG.warnf("%s.%s would have handed out %d, which is taken; it now starts at %d",
                            column.table(), column.column(), column.next(), largest + 1);
                    moved.add(column.table() + "." + column.column());
                }
            }
        }
        return moved;
    }

    private static List<IdentityColumn> identityColumns(Statement sql) throws SQLException {
        List<IdentityColumn> columns = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'")) {
            while (rows.next()) {
                columns.add(new IdentityColumn(rows.getString(1), rows.getString(2), rows.getLong(3)));
            }
        }
        return columns;
    }

    private static long largestId(Statement sql, IdentityColumn column) throws SQLException {
        try (ResultSet row = sql.executeQuery(
                "SELECT COALESCE(MAX(" + column.column() + "), 0) FROM " + column.table())) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Names come from H2's own catalogue of this schema, upper case and unquoted, never from a request. */
    private record IdentityColumn(String table, String column, long next) {
    }
}
