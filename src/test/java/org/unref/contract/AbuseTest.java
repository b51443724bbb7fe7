package org.unref.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.unref.citation.CitationRepository;
import org.unref.contract.fuzz.ContractOperations;
import org.unref.contract.fuzz.ContractOperations.Op;
import org.unref.contract.fuzz.ContractOperations.Param;
import org.unref.contract.fuzz.FuzzRequest;
import org.unref.contract.fuzz.FuzzResponse;
import org.unref.contract.fuzz.Http;
import org.unref.contract.fuzz.RequestFuzzer;
import org.unref.contract.fuzz.ResponseChecks;
import org.unref.statement.StatementRepository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile input on every operation of the contract: SQL and LIKE metacharacters, path traversal, overlong and
 * malformed URIs, control and bidirectional characters, unpaired surrogates, deep and huge JSON, wrong media types
 * and oversize bodies. Each gets a 4xx problem+json or a correct answer, never a 5xx, and a refused write
 * leaves the database as it was.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbuseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Characters LIKE gives a meaning to, and the escapes around them: each must match itself or nothing. */
    private static final List<String> WILDCARDS = List.of("%", "_", "!", "\\", "%%", "_%_", "\\%", "!%", "%_!\\", "*", "?", "[a-z]%");
    /** SQL injections, each with a word no record holds, so a correct search finds nothing. */
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "x' OR 1=1 --", "\" OR \"\"=\"", "'; DROP TABLE statement; --",
            "1; SELECT pg_sleep(5)--", "' UNION SELECT null, version() --", "') OR ('xq'='xq", "%' AND 1=0 UNION SELECT 1 --",
            "\\'; exec xp_cmdshell('dir') --");
    private static final List<String> TRAVERSALS = List.of("..", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%2e%2e%2f%2e%2e%2fq%2fopenapi",
            "%2F", "a%2Fb", "..%5C..%5Cwindows", "%252e%252e%252f", "%c0%ae%c0%ae%2f", "%2e%2e;x", "....%2F%2F");

    @TestHTTPResource("/")
    URL base;

    @Inject
    StatementRepository statements;

    @Inject
    CitationRepository citations;

    private final ResponseChecks checks = new ResponseChecks();
    private final List<String> failures = new ArrayList<>();
    private Http http;
    private List<Op> ops;
    private long statementsBefore;
    private long citationsBefore;

    @BeforeAll
    void connect() {
        http = new Http(base.toString());
        ops = ContractOperations.read();
    }

    @BeforeEach
    void countRows() {
        failures.clear();
        statementsBefore = statements.count();
        citationsBefore = citations.count();
    }

    @Test
    void shouldMatchLikeWildcardsAndSqlLiterallyInEveryTextQueryParameter() throws Exception {
        for (Op op : ops) {
            for (Param param : op.in("query")) {
                if (!isText(param)) {
                    continue;
                }
                for (String payload : concat(WILDCARDS, INJECTIONS)) {
                    FuzzRequest request = get(op, Map.of(param.name(), payload));
                    FuzzResponse response = send(request);
                    if (response != null && response.status() >= 200 && response.status() < 300) {
                        widening(op, param, payload, request, response);
                    }
                }
            }
        }
        assertNoFailures();
    }

    @Test
    void shouldRefuseTraversalAndOverlongIdsInEveryPathParameter() throws Exception {
        for (Op op : ops) {
            for (Param param : op.in("path")) {
                List<String> values = new ArrayList<>(TRAVERSALS);
                values.add("x".repeat(10_000));
                values.add("%00");
                values.add("%E2%80%AE" + String.valueOf(param.example()));
                for (String value : values) {
                    FuzzRequest request = new FuzzRequest(op.id(), op.method(), path(op, Map.of(param.name(), value)),
                            writeHeaders(op), op.bodies().isEmpty() ? null : "{}".getBytes(StandardCharsets.UTF_8));
                    FuzzResponse response = send(request);
                    // ".." and "%2e%2e" alone are dot-segments: the parent path answers (RFC 3986, 5.2.4), never above /api/v1
                    boolean dotSegment = value.equals("..") || value.equalsIgnoreCase("%2e%2e");
                    boolean escaped = !ResponseChecks.servedPath(request.target()).startsWith("/api/v1");
                    if (response != null && response.status() < 400 && (!dotSegment || escaped)) {
                        failures.add("traversal or overlong id answered " + response.status() + ": " + request.describe());
                    }
                }
            }
        }
        assertNoFailures();
        assertDatabaseUnchanged();
    }

    /**
     * Matrix parameters (";jsessionid=x") make RESTEasy decode the path twice, so an id that is an escaped '%' became
     * a lone '%' and failed the second decoding: a 500 the fuzzer found. With the editor's key, so that writes reach
     * the role check, which logs the path.
     */
    @Test
    void shouldTakeMatrixParametersBesideAnEscapedPercentInEveryPathParameter() throws Exception {
        for (Op op : ops) {
            List<Param> params = op.in("path");
            for (Param param : params) {
                Map<String, String> raw = new java.util.HashMap<>();
                for (Param other : params) {
                    raw.put(other.name(), RequestFuzzer.encode(String.valueOf(other.example())));
                }
                raw.put(param.name(), "%25");
                String first = params.get(0).name();
                raw.put(first, raw.get(first) + ";jsessionid=x");
                Map<String, String> headers = new java.util.HashMap<>(writeHeaders(op));
                if (op.writes()) {
                    headers.put("Authorization", RequestFuzzer.EDITOR);
                }
                FuzzResponse response = send(new FuzzRequest(op.id(), op.method(), path(op, raw), headers,
                        op.bodies().isEmpty() ? null : "{}".getBytes(StandardCharsets.UTF_8)));
                if (response != null && response.status() < 400 && !param.name().equals(first)) {
                    failures.add(op.id() + " took '%' for an id: " + response.describe());
                }
            }
        }
        assertNoFailures();
        assertDatabaseUnchanged();
    }

    @Test
    void shouldAnswerAOneMegabyteQueryStringWith414OrProblemWithoutHanging() throws Exception {
        String query = "q=" + "a".repeat(1024 * 1024);
        for (String path : List.of("/api/v1/resolutions", "/api/v1/search", "/api/v1/statements")) {
            FuzzResponse response = http.send(new FuzzRequest("big", "GET", path + "?" + query, Map.of(), null));
            assertTrue(response.status() == 414 || response.status() == 400, response.describe());
        }
    }

    @Test
    void shouldTakeNulRightToLeftOverrideAndUnpairedSurrogatesInParameters() throws Exception {
        List<String> raw = List.of("%00", "a%00b", "%E2%80%AE", "%E2%80%AEadmin", "%ED%A0%80", "%ED%B0%80x", "%F0%9F%98", "%FF%FE",
                "%C0%80", "%EF%BF%BF");
        for (Op op : ops) {
            for (Param param : op.in("query")) {
                for (String value : raw) {
                    send(new FuzzRequest(op.id(), op.method(), path(op, Map.of()) + "?" + param.name() + "=" + value, writeHeaders(op),
                            null));
                }
            }
        }
        assertNoFailures();
        assertDatabaseUnchanged();
    }

    @Test
    void shouldTakeNulRightToLeftOverrideAndUnpairedSurrogatesInJsonBodies() throws Exception {
        List<String> texts = List.of("\\u0000", "a\\u0000b", "\\u202e", "\\u202eevil", "\\ud800", "x\\udc00y", "\\udbff\\udbff");
        List<String> created = new ArrayList<>();
        for (String text : texts) {
            for (String field : List.of("title", "text", "speaker", "language", "sourceUrl", "kind", "date")) {
                String body = statementJson(field, text);
                FuzzResponse response = send(post("/api/v1/statements", "application/json", body.getBytes(StandardCharsets.UTF_8)));
                if (response != null && response.status() == 201) {
                    created.add(JSON.readTree(response.body()).path("id").asText());
                }
            }
            send(post("/api/v1/citations/extract", "application/json", ("{\"text\": \"Resolution 2254 (2015) " + text + "\"}")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        for (String id : created) {
            send(new FuzzRequest("deleteStatement", "DELETE", "/api/v1/statements/" + id, Map.of("Authorization", RequestFuzzer.EDITOR),
                    null));
        }
        assertNoFailures();
        assertDatabaseUnchanged();
    }

    @Test
    void shouldRefuseDeeplyNestedAndHugeJsonWith400() throws Exception {
        List<String> bodies = List.of(
                "[".repeat(10_000) + "]".repeat(10_000),
                "{\"text\": " + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_001),
                statementJson("title", "x").replace("\"title\": \"Abuse test statementx\"", "\"title\": " + "[".repeat(10_000) + "]".repeat(10_000)),
                "{\"text\": " + "9".repeat(200_000) + "}",
                statementJson("title", "x").replace("\"date\": \"2024-02-20\"", "\"date\": " + "9".repeat(5_000)),
                "{\"text\": \"" + "\\\\".repeat(100_000) + "\"}");
        for (String path : List.of("/api/v1/statements", "/api/v1/citations/extract")) {
            for (String body : bodies) {
                FuzzResponse response = send(post(path, "application/json", body.getBytes(StandardCharsets.UTF_8)));
                if (response != null && response.status() != 400 && !(path.endsWith("extract") && response.status() == 200)) {
                    failures.add("expected 400 for a deep or huge body on " + path + ", got " + response.describe());
                }
            }
        }
        // Jackson reads a number into a text field as its text: a huge one is stored as written, or refused, never a 5xx
        String huge = statementJson("title", "x").replace("\"title\": \"Abuse test statementx\"", "\"title\": 1e999999999");
        FuzzResponse coerced = send(post("/api/v1/statements", "application/json", huge.getBytes(StandardCharsets.UTF_8)));
        if (coerced != null && coerced.status() == 201) {
            assertEquals("1e999999999", JSON.readTree(coerced.body()).path("title").asText(), coerced.describe());
            send(new FuzzRequest("deleteStatement", "DELETE", "/api/v1/statements/" + JSON.readTree(coerced.body()).path("id").asText(),
                    Map.of("Authorization", RequestFuzzer.EDITOR), null));
        } else if (coerced != null && coerced.status() != 400) {
            failures.add("a huge number as title -> " + coerced.describe());
        }
        assertNoFailures();
        assertDatabaseUnchanged();
    }

    @Test
    void shouldRefuseMalformedJsonWith400() throws Exception {
        List<String> bodies = List.of("{", "{\"title\": ", "{'title': 'x'}", "{\"title\": \"x\",}", "[]", "null", "\"text\"", "42", "",
                "{\"title\": \"x\" \"text\": \"y\"}", "{\"text\": \"\\x41\"}", "{\"text\": NaN}", "\u00ef\u00bb\u00bf{}", "{\"a\":1}{\"b\":2}");
        for (String path : List.of("/api/v1/statements", "/api/v1/citations/extract")) {
            for (String body : bodies) {
                FuzzResponse response = send(post(path, "application/json", body.getBytes(StandardCharsets.UTF_8)));
                if (response != null && response.status() != 400) {
                    failures.add("expected 400 for malformed JSON " + body + " on " + path + ", got " + response.describe());
                }
            }
        }
        assertNoFailures();
        assertDatabaseUnchanged();
    }

    @Test
    void shouldRefuseAWrongContentTypeWith415() throws Exception {
        byte[] body = statementJson("title", "x").getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("application/xml", "text/html", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/octet-stream", "image/png")) {
            for (String path : List.of("/api/v1/statements", "/api/v1/citations/extract")) {
                FuzzResponse response = send(post(path, type, body));
                if (response != null && response.status() != 415) {
                    failures.add("expected 415 for " + type + " on " + path + ", got " + response.describe());
                }
            }
        }
        assertNoFailures();
        assertDatabaseUnchanged();
    }

    @Test
    void shouldRefuseAnOversizeBodyWith413DeclaredOrChunked() throws Exception {
        byte[] big = ("{\"text\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String path : List.of("/api/v1/statements", "/api/v1/citations/extract")) {
            FuzzResponse declared = send(post(path, "application/json", big));
            assertEquals(413, declared == null ? -1 : declared.status(), "declared length on " + path);
            // Without Content-Length, Quarkus's body handler counts the bytes as they come and answers a bare 413 itself
            // (README, Production): the status is right, the body is not problem+json.
            FuzzResponse chunked = chunked(path, big);
            assertEquals(413, chunked.status(), "chunked on " + path + ": " + chunked.describe());
        }
        // A valid statement and 3 MB of white space after it: read only to the statement's end, it was stored (201).
        byte[] padded = ("{\"title\": \"Padded\", \"date\": \"2024-02-20\", \"kind\": \"speech\", \"language\": \"en\", "
                + "\"sourceUrl\": \"https://abuse.unref.test/padded\", \"text\": \"No citation.\"}" + " ".repeat(3 * 1024 * 1024))
                .getBytes(StandardCharsets.UTF_8);
        FuzzResponse paddedChunked = chunked("/api/v1/statements", padded);
        assertEquals(413, paddedChunked.status(), "a statement padded to 3 MB, chunked: " + paddedChunked.describe());
        assertNoFailures();
        assertDatabaseUnchanged();
    }

    /**
     * Bad percent-escapes never reach the application: Vert.x-web refuses the target with a bare 400 (no body), before
     * any route, failure handlers included, runs (README, Production). What matters here: a 4xx, never a 5xx; and an
     * escape that decodes, even to broken UTF-8, gets a correct answer.
     */
    @Test
    void shouldRefuseBadPercentEscapesWith400() throws Exception {
        for (String target : List.of("/api/v1/resolutions/%zz", "/api/v1/resolutions?q=%zz", "/api/v1/vetoes?member=%",
                "/api/v1/statements?q=%%%", "/api/v1/resolutions/s-res-2254-2015%", "/api/v1/search?q=a&q=%G0", "/api/v1/resolve?cite=%u0041")) {
            FuzzResponse response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            if (response.status() != 400) {
                failures.add("GET " + target + " -> " + response.describe());
            }
        }
        FuzzResponse broken = raw("GET /api/v1/resolutions?q=%E0%A4 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        if (broken.status() != 200 || checks.fault(new FuzzRequest("listResolutions", "GET", "/api/v1/resolutions", Map.of(), null), broken) != null) {
            failures.add("truncated UTF-8 in q -> " + broken.describe());
        }
        assertNoFailures();
    }

    /**
     * What Vert.x's HTTP decoder refuses before any handler runs: it answers with its own bare status and Quarkus gives
     * no hook to make that problem+json (README, Production). What matters here: a 4xx, never a 5xx or a hang.
     */
    @Test
    void shouldRefuseRequestsTheHttpDecoderCannotReadWith4xx() throws Exception {
        // Up to 32 KB the application reads the line and answers with a problem; beyond, Vert.x refuses it bare.
        FuzzResponse readable = raw("GET /api/v1/resolutions?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals(400, readable.status(), readable.describe());
        assertEquals("application/problem+json", readable.contentType(), readable.describe());
        FuzzResponse longLine = raw("GET /api/v1/resolutions?q=" + "a".repeat(40_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals(414, longLine.status(), longLine.describe());
        FuzzResponse bigHeader = raw("GET /api/v1/charter HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(40_000) + "\r\n\r\n");
        assertEquals(431, bigHeader.status(), bigHeader.describe());
        FuzzResponse ok = raw("GET /api/v1/charter/preamble HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(200, ok.status(), "the service still answers after them: " + ok.describe());
    }

    // ---- the checks

    private FuzzResponse raw(String request) throws IOException {
        return org.unref.contract.fuzz.RawHttp.exchange(base.getHost(), base.getPort(), request.getBytes(StandardCharsets.UTF_8));
    }

    private FuzzResponse send(FuzzRequest request) throws InterruptedException {
        FuzzResponse response;
        try {
            response = http.send(request);
        } catch (IOException e) {
            failures.add("no answer (" + e + "): " + request.describe());
            return null;
        }
        String fault = checks.fault(request, response);
        if (fault != null) {
            failures.add(fault + ": " + request.describe() + " -> " + response.describe());
        }
        return response;
    }

    /**
     * A list answering a wildcard or an injection must not hold a record that lacks the payload: LIKE's metacharacters
     * are matched as themselves, SQL is text. The injections carry words no record holds, so they find nothing.
     */
    private void widening(Op op, Param param, String payload, FuzzRequest request, FuzzResponse response) throws IOException {
        JsonNode body = JSON.readTree(response.body());
        JsonNode items = body.isArray() ? body : body.path("items");
        if (!items.isArray()) {
            // one record: the resolver must not take a wildcard or an injection for a reference
            failures.add("a single record for " + param.name() + "=" + payload + ": " + request.describe() + " -> " + response.describe());
            return;
        }
        List<String> needles = payload.chars().anyMatch(Character::isLetterOrDigit) ? List.of() : List.of(payload.toLowerCase(Locale.ROOT));
        for (JsonNode item : items) {
            String text = item.toString().toLowerCase(Locale.ROOT);
            boolean injection = INJECTIONS.contains(payload);
            if (injection || needles.stream().anyMatch(n -> !text.contains(jsonEscaped(n)))) {
                failures.add(op.id() + " " + param.name() + "=" + payload + " widened the search: " + FuzzResponse.cut(item.toString(), 300));
                return;
            }
        }
    }

    private static String jsonEscaped(String text) {
        return text.replace("\\", "\\\\");
    }

    private void assertNoFailures() {
        assertTrue(failures.isEmpty(), failures.size() + " wrong answers, the first ones:\n" + String.join("\n",
                failures.subList(0, Math.min(25, failures.size()))));
    }

    private void assertDatabaseUnchanged() {
        assertEquals(statementsBefore, statements.count(), "statements stored");
        assertEquals(citationsBefore, citations.count(), "citations stored");
    }

    // ---- requests

    private static boolean isText(Param param) {
        Object type = param.schema().getTypes() != null ? param.schema().getTypes() : param.schema().getType();
        return String.valueOf(type).contains("string");
    }

    private FuzzRequest get(Op op, Map<String, String> query) {
        Map<String, String> all = new LinkedHashMap<>();
        op.in("query").stream().filter(p -> Boolean.TRUE.equals(requiredQuery(op, p))).forEach(p -> all.put(p.name(), String.valueOf(p.example())));
        all.putAll(query);
        StringBuilder target = new StringBuilder(path(op, Map.of()));
        String sep = "?";
        for (Map.Entry<String, String> e : all.entrySet()) {
            target.append(sep).append(RequestFuzzer.encode(e.getKey())).append('=').append(RequestFuzzer.encode(e.getValue()));
            sep = "&";
        }
        if (op.in("query").stream().anyMatch(p -> p.name().equals("count"))) {
            target.append("&count=true");
        }
        return new FuzzRequest(op.id(), op.method(), target.toString(), writeHeaders(op), null);
    }

    private static Boolean requiredQuery(Op op, Param p) {
        return p.name().equals("cite") || p.name().equals("q") && op.template().endsWith("/search");
    }

    /** The operation's path with the contract's examples, or the given raw (percent-encoded) values. */
    private static String path(Op op, Map<String, String> raw) {
        String path = op.template();
        for (Param p : op.in("path")) {
            String value = raw.containsKey(p.name()) ? raw.get(p.name()) : RequestFuzzer.encode(String.valueOf(p.example()));
            if (op.template().startsWith("/api/v1/statements/") && op.writes() && !raw.containsKey(p.name())) {
                value = "0"; // never write to a statement another test stored
            }
            path = path.replace("{" + p.name() + "}", value);
        }
        return path;
    }

    private static Map<String, String> writeHeaders(Op op) {
        if (!op.writes()) {
            return Map.of();
        }
        return op.bodies().isEmpty() ? Map.of("Authorization", RequestFuzzer.ADMIN)
                : Map.of("Authorization", RequestFuzzer.ADMIN, "Content-Type", "application/json");
    }

    private static FuzzRequest post(String path, String type, byte[] body) {
        return new FuzzRequest("post", "POST", path, Map.of("Authorization", RequestFuzzer.EDITOR, "Content-Type", type), body);
    }

    private static String statementJson(String field, String rawJsonText) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", "Abuse test statement");
        values.put("speaker", "A. Speaker");
        values.put("date", "2024-02-20");
        values.put("kind", "speech");
        values.put("language", "en");
        values.put("sourceUrl", "https://abuse.unref.test/" + java.util.UUID.randomUUID());
        values.put("text", "Resolution 2254 (2015).");
        values.put(field, values.get(field) + rawJsonText);
        StringBuilder json = new StringBuilder("{");
        values.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k).append("\": \"").append(v).append('"'));
        return json.append('}').toString();
    }

    /** Sends a body without Content-Length (chunked), which the declared-length check cannot see. */
    private FuzzResponse chunked(String path, byte[] body) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + RequestFuzzer.EDITOR
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                for (int i = 0; i < body.length; i += 65_536) {
                    int n = Math.min(65_536, body.length - i);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, i, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // the service may answer and close before it has read the whole body; its answer is still there
            }
            return org.unref.contract.fuzz.RawHttp.read(socket.getInputStream());
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
