package org.unref.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A client that closes its connection halfway through a body is not a failure of the service. */
@QuarkusTest
class ClosedConnectionTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldNotLogAnErrorNorStoreAnythingWhenTheClientClosesBeforeItsBodyArrived() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ProblemMappers.class.getName());
        logger.addHandler(handler);
        try {
            int before = given().queryParam("count", "true").when().get("/api/v1/statements").then().statusCode(200)
                    .extract().path("total");
            String part = "{\"title\": \"Cut off\", \"date\": \"2024-03-01\", \"kind\": \"speech\", \"text\": \"We recall";
            for (int i = 0; i < 5; i++) {
                try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /api/v1/statements HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer dev-editor-key\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n" + part)
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(200); // the body reader is waiting for the rest when the connection closes
                }
            }
            Thread.sleep(1_000);
            int after = given().queryParam("count", "true").when().get("/api/v1/statements").then().statusCode(200)
                    .extract().path("total");
            assertEquals(before, after, "statements stored from cut-off bodies");
            assertEquals(List.of(), errors.stream().map(LogRecord::getMessage).toList(), "errors logged");
        } finally {
            logger.removeHandler(handler);
        }
    }
}
