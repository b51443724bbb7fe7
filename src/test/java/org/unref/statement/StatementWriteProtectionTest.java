package org.unref.statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Reads are public; writes need a known key with the right role, and a refusal stores nothing. */
@QuarkusTest
class StatementWriteProtectionTest {

    @Inject
    StatementRepository statements;

    @Test
    void shouldAnswer401WithoutKeyOrWithUnknownKey() {
        long before = statements.count();
        given().filter(Contract.RESPONSES).contentType(ContentType.JSON).body(Statements.statement("text"))
                .when().post("/api/v1/statements")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer")).body("status", equalTo(401));
        given().filter(Contract.RESPONSES).header("Authorization", "Bearer not-a-key").contentType(ContentType.JSON)
                .body(Statements.statement("text"))
                .when().post("/api/v1/statements")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        given().filter(Contract.RESPONSES).header("Authorization", "Basic ZGV2LWVkaXRvci1rZXk6")
                .when().delete("/api/v1/statements/1")
                .then().statusCode(401).contentType("application/problem+json");
        assertEquals(before, statements.count());
    }

    @Test
    void shouldAnswer403ForAnEditorKeyOnAnAdminOperation() {
        given().filter(Contract.VALIDATOR).header("Authorization", Statements.EDITOR)
                .when().post("/api/v1/citations/refresh-index")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().filter(Contract.VALIDATOR).header("Authorization", Statements.ADMIN)
                .when().post("/api/v1/citations/refresh-index")
                .then().statusCode(204);
    }

    @Test
    void shouldLetAnAdminKeyWriteStatementsToo() {
        given().filter(Contract.VALIDATOR).header("Authorization", Statements.ADMIN).contentType(ContentType.JSON)
                .body(Statements.statement("Admin text."))
                .when().post("/api/v1/statements")
                .then().statusCode(201);
    }

    @Test
    void shouldKeepReadsPublic() {
        given().filter(Contract.VALIDATOR).when().get("/api/v1/statements").then().statusCode(200);
    }
}
