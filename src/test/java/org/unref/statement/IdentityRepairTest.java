package org.unref.statement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unref.common.IdentityRepair;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The state H2 came back in after a {@code kill -9} in CI: citations committed under ids their identity had not
 * recorded, so the next statement with citations failed with a 500. The repair run at start must clear it.
 */
@QuarkusTest
class IdentityRepairTest {

    private static final String TEXT = "The Council recalled resolution 2254 (2015) and Article 27, paragraph 3, of the Charter.";

    @Inject
    IdentityRepair repair;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @BeforeEach
    void onlyOnH2() {
        assumeTrue("h2".equals(dbKind), "PostgreSQL logs its sequences with the rows; the repair runs on H2 only");
    }

    @Test
    void shouldMoveAnIdentityThatFellBehindItsRowsSoTheNextWriteSucceeds() throws SQLException {
        Statements.create(Statements.statement(TEXT));
        long largest = single("SELECT MAX(ID) FROM CITATION");
        execute("ALTER TABLE CITATION ALTER COLUMN ID RESTART WITH " + (largest - 1));
        given().header("Authorization", Statements.EDITOR).contentType(ContentType.JSON)
                .body(Statements.statement(TEXT)).when().post("/api/v1/statements")
                .then().statusCode(500);

        assertEquals(List.of("CITATION.ID"), repair.repair());

        assertEquals(largest + 1, next("CITATION"));
        Statements.create(Statements.statement(TEXT));
        assertTrue(single("SELECT MAX(ID) FROM CITATION") > largest);
    }

    @Test
    void shouldNeverMoveAnIdentityBackToAnIdOnceUsed() throws SQLException {
        String id = Statements.create(Statements.statement(TEXT));
        long before = next("STATEMENT");
        given().header("Authorization", Statements.ADMIN).when().delete("/api/v1/statements/" + id)
                .then().statusCode(204);

        assertEquals(List.of(), repair.repair(), "a database in order is left as it is");
        assertEquals(before, next("STATEMENT"), "the deleted statement's id is not handed out again");
    }

    private long next(String table) throws SQLException {
        return single("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + table + "' AND COLUMN_NAME = 'ID'");
    }

    private long single(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
