package org.unref.contract.fuzz;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;

import org.unref.contract.fuzz.ContractOperations.Op;
import org.unref.contract.fuzz.ContractOperations.Param;
import org.unref.testing.RandomInputs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Makes requests for an operation from its contract: path parameters from real ids and mutations of them, query
 * parameters in and out of their schemas, bodies valid and broken, with and without an API key, with varied
 * Accept and Content-Type. One instance per thread: it draws from its own seeded {@link Random}.
 *
 * <p>
 * Writes never touch records of other tests: a statement id sent with a valid key is one of the fuzzer's own, or
 * one that cannot exist.
 */
public final class RequestFuzzer {

    public static final String EDITOR = "Bearer dev-editor-key";
    public static final String ADMIN = "Bearer dev-admin-key";

    /** Values marked so are already percent-encoded and go into the URI as they are. */
    private static final String RAW = "\u0001raw:";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern ALTERNATIVES = java.util.regex.Pattern.compile("^\\^?\\(?([A-Za-z|-]+)\\)?\\$?$");
    private static final java.util.regex.Pattern STATEMENT_ID = java.util.regex.Pattern.compile("[1-9][0-9]{0,17}");

    /** Ids of records the seed holds, per path parameter, beside the contract's example. */
    private static final Map<String, List<String>> REAL = Map.ofEntries(
            Map.entry("/api/v1/resolutions/{id}", List.of("s-res-2254-2015", "a-res-377-v", "s-res-1-1946", "s-res-2721-2023",
                    "a-res-es-11-1", "s-res-2672-2023", "s-res-2506-2020")),
            Map.entry("/api/v1/resolutions/{id}/text/paragraphs/{pid}", List.of("op-1", "pp-1", "op-5-a", "op-18")),
            Map.entry("/api/v1/vetoes/{id}", List.of("s-2019-961", "s-2022-155", "s-pv-49-1")),
            Map.entry("/api/v1/charter/articles/{n}", List.of("1", "27", "51", "111", "2")),
            Map.entry("/api/v1/charter/articles/{n}/paragraphs/{p}", List.of("1", "3", "7")),
            Map.entry("/api/v1/charter/chapters/{numeral}", List.of("I", "VII", "XIX", "vii")),
            Map.entry("/api/v1/charter/provisions/{id}", List.of("art-27-3", "preamble", "art-55-a", "art-13-1-a", "art-2-7")),
            Map.entry("/api/v1/emergency-special-sessions/{n}", List.of("1", "10", "11")),
            Map.entry("/api/v1/emergency-special-sessions/{number}", List.of("1", "10", "11")),
            Map.entry("/api/v1/uniting-for-peace/referrals/{id}", List.of("s-res-119-1956", "s-res-2623-2022", "s-res-129-1958")),
            Map.entry("/api/v1/export/{collection}", List.of("resolutions", "vetoes")));

    private static final List<String> WORDS = List.of("Syria", "veto", "Russia", "Article 27", "S/RES/2254 (2015)",
            "resolution 2254 (2015)", "Middle East", "SANCTIONS", "RU", "USSR", "United States", "Charter", "Palestine",
            "Korea", "377 (V)", "A/RES/ES-11/1", "Article 27(3)", "ES-10", "s-res-2254-2015", "resolutions,vetoes", "statements");
    private static final List<String> TEXTS = List.of(
            "The Council recalled resolution 2254 (2015) and the veto under Article 27(3) of the Charter.",
            "Recalling its resolution 1325 (2000), the delegation spoke.", "No citation here at all.",
            "See A/RES/377 (V) and the tenth emergency special session.", "Article 51 of the Charter; S/2019/961 was vetoed.");
    private static final List<String> ACCEPTS = List.of("application/json", "*/*", "application/problem+json", "text/csv",
            "application/jsonl", "text/html", "image/png", "application/json;q=0.5, text/csv;q=0.9", "garbage",
            "application/*", "text/plain", "application/xml", "application/ld+json",
            "application/ld+json;q=0.4, text/csv;q=0.6");
    private static final List<String> OTHER_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1",
            "garbage", "application/merge-patch+json", "text/plain; charset=UTF-16", "application/octet-stream");

    private final Random random;
    private final Supplier<List<String>> ownStatements;
    private final String marker;
    private final AtomicLong serial;

    /**
     * @param ownStatements ids of statements this fuzzer created, the only ones it may change
     * @param marker a word that marks what it writes, so a person reading the database knows where it came from
     */
    public RequestFuzzer(long seed, Supplier<List<String>> ownStatements, String marker, AtomicLong serial) {
        this.random = new Random(seed);
        this.ownStatements = ownStatements;
        this.marker = marker;
        this.serial = serial;
    }

    public FuzzRequest next(Op op) {
        StringBuilder target = new StringBuilder();
        for (String part : op.template().split("(?=\\{)|(?<=\\})")) {
            if (part.startsWith("{")) {
                String name = part.substring(1, part.length() - 1);
                target.append(encode(pathValue(op, name)));
            } else {
                target.append(part);
            }
        }
        String query = query(op);
        if (!query.isEmpty()) {
            target.append('?').append(query);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (chance(70)) {
            headers.put("Accept", pick(ACCEPTS));
        }
        String authorization = authorization(op);
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (chance(4)) {
            headers.put("If-None-Match", chance(50) ? "*" : "\"" + Long.toHexString(random.nextLong()) + "\"");
        }
        byte[] body = null;
        if (!op.bodies().isEmpty() || chance(8)) {
            List<String> declared = new ArrayList<>(op.bodies().keySet());
            String media = declared.isEmpty() || chance(20) ? pick(OTHER_CONTENT_TYPES) : pick(declared);
            Schema<?> schema = op.bodies().get(media);
            body = body(media, schema);
            if (chance(92)) {
                headers.put("Content-Type", chance(15) && !media.contains(";") ? media + "; charset=UTF-8" : media);
            }
        }
        return new FuzzRequest(op.id(), op.method(), target.toString(), headers, body);
    }

    // ---- path parameters

    private String pathValue(Op op, String name) {
        boolean statement = op.template().startsWith("/api/v1/statements/");
        String base;
        if (statement) {
            List<String> own = ownStatements.get();
            base = own.isEmpty() ? "0" : own.get(random.nextInt(own.size()));
        } else {
            List<String> real = new ArrayList<>(REAL.getOrDefault(realKey(op.template(), name), List.of()));
            op.in("path").stream().filter(p -> p.name().equals(name) && p.example() != null)
                    .forEach(p -> real.add(text(p.example())));
            base = real.isEmpty() ? "x" : pick(real);
        }
        String value = chance(60) ? base : mutate(base, 120);
        if (statement && op.writes() && STATEMENT_ID.matcher(value).matches() && !ownStatements.get().contains(value)) {
            return "0"; // an id of another test's statement: never write to it
        }
        return value;
    }

    private static String realKey(String template, String name) {
        int end = template.indexOf("{" + name + "}") + name.length() + 2;
        return template.substring(0, end);
    }

    private String mutate(String value, int maxRandom) {
        return switch (random.nextInt(30)) {
            case 0 -> "";
            case 1 -> " ";
            case 2 -> value + "x";
            case 3 -> value.toUpperCase(java.util.Locale.ROOT);
            case 4 -> "abc";
            case 5 -> "-1";
            case 6 -> "1.5";
            case 7 -> "99999999999999999999";
            case 8 -> "1e3";
            case 9 -> value.repeat(300 / Math.max(1, value.length()) + 1);
            case 10 -> "\u00e9\u4e2d\ud83d\ude00";
            case 11 -> "\u202e" + value;
            case 12 -> value + "\u0000";
            case 13 -> RAW + "%2F";
            case 14 -> RAW + encode(value) + "%2Fx";
            case 15 -> RAW + "..";
            case 16 -> RAW + "%2e%2e";
            case 17 -> RAW + "..%2F..%2Fq%2Fopenapi";
            case 18 -> RAW + "%252F";
            case 19 -> "' OR '1'='1";
            case 20 -> "%";
            case 21 -> "_";
            case 22 -> "null";
            case 23 -> "\u0661\u0662";
            case 24 -> " " + value + " ";
            case 25 -> "0" + value;
            case 26 -> value.replace('-', '/');
            case 27 -> RAW + encode(value) + ";jsessionid=x";
            case 28 -> "x".repeat(1000 + random.nextInt(4000));
            default -> RandomInputs.strings(random.nextLong(), 1, maxRandom).findFirst().orElse("");
        };
    }

    // ---- query parameters

    private String query(Op op) {
        List<String> pairs = new ArrayList<>();
        // Half the requests are valid throughout, so the answers the contract describes are checked as often as refusals.
        int invalidPercent = chance(50) ? 0 : 35;
        for (Param p : op.in("query")) {
            if (chance(40)) {
                pairs.add(encode(p.name()) + "=" + encode(chance(invalidPercent) ? invalid(p) : valid(p)));
                if (chance(8)) {
                    pairs.add(encode(p.name()) + "=" + encode(chance(50) ? valid(p) : invalid(p)));
                }
            }
        }
        if (chance(8)) {
            pairs.add(pick(List.of("foo=bar", "limit%5B%5D=1", "__proto__=x", "q%00=1", "=x", "", "x", "Limit=5",
                    "utm_source=" + encode(mutate("s", 40)))));
        }
        if (chance(10)) {
            java.util.Collections.shuffle(pairs, random);
        }
        return String.join("&", pairs);
    }

    private String valid(Param p) {
        Schema<?> s = p.schema();
        Set<String> types = types(s);
        if (types.contains("integer")) {
            long min = s.getMinimum() == null ? 0 : s.getMinimum().longValue();
            long max = s.getMaximum() == null ? 1000 : s.getMaximum().longValue();
            return String.valueOf(chance(30) ? (chance(50) ? min : max) : min + (long) (random.nextDouble() * (max - min + 1)));
        }
        if (types.contains("boolean")) {
            return chance(50) ? "true" : "false";
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return text(pick(s.getEnum()));
        }
        String pattern = s.getPattern();
        if (pattern != null) {
            Matcher alternatives = ALTERNATIVES.matcher(pattern);
            if (alternatives.matches()) {
                return pick(List.of(alternatives.group(1).split("\\|")));
            }
            if (pattern.contains("\\d{4}-\\d{2}-\\d{2}")) {
                return date(chance(10)).toString();
            }
            if (pattern.contains("\\d{4}")) {
                return String.valueOf(1930 + random.nextInt(110));
            }
            if (pattern.contains("A-Za-z0-9_-")) {
                return chance(30) ? "" : base64url(1 + random.nextInt(40));
            }
        }
        if (p.name().equals("updatedSince")) {
            return chance(50) ? date(false).toString() : date(false).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        }
        if (p.example() != null && chance(40)) {
            return text(p.example());
        }
        return chance(80) ? pick(WORDS) : RandomInputs.strings(random.nextLong(), 1, 30).findFirst().orElse("");
    }

    private String invalid(Param p) {
        Schema<?> s = p.schema();
        if (types(s).contains("integer") && chance(40)) {
            long min = s.getMinimum() == null ? 0 : s.getMinimum().longValue();
            long max = s.getMaximum() == null ? 1000 : s.getMaximum().longValue();
            return pick(List.of(String.valueOf(min - 1), String.valueOf(max + 1), "-0", "+5", " 5", "0x10", "1e2",
                    "2147483648", "\uff11"));
        }
        if (types(s).contains("boolean") && chance(40)) {
            return pick(List.of("TRUE", "1", "yes", "", "on"));
        }
        if (s.getPattern() != null && s.getPattern().contains("\\d{4}-\\d{2}-\\d{2}") && chance(40)) {
            return pick(List.of("2015-13-01", "2015-02-30", "15-01-01", "2015-1-1", "2015-01-01T00:00:00Z", "0000-00-00",
                    "9999-12-31", "\uff12\uff10\uff11\uff15-01-01"));
        }
        if (s.getMaxLength() != null && s.getMaxLength() < 3000 && chance(20)) {
            return "a".repeat(s.getMaxLength() + 1 + random.nextInt(3));
        }
        String value = mutate(valid(p), 60);
        return value.startsWith(RAW) ? value.substring(RAW.length()).replace("%", "") : value;
    }

    // ---- headers

    private String authorization(Op op) {
        int roll = random.nextInt(100);
        if (!op.writes() && !op.keyNeeded()) {
            return roll < 80 ? null : roll < 90 ? EDITOR : "Bearer wrong-key";
        }
        return roll < 25 ? null : roll < 60 ? EDITOR : roll < 85 ? ADMIN
                : pick(List.of("Bearer wrong-key", "Basic ZGV2OmRldg==", "Bearer ", "bearer dev-editor-key", "Bearer  dev-admin-key "));
    }

    // ---- bodies

    private byte[] body(String media, Schema<?> schema) {
        if (schema == null || chance(10)) {
            return broken();
        }
        if (media.startsWith("text/plain")) {
            int roll = random.nextInt(100);
            String text = roll < 60 ? pick(TEXTS) : roll < 70 ? "" : roll < 90 ? RandomInputs.strings(random.nextLong(), 1, 300)
                    .findFirst().orElse("") : roll < 99 ? pick(TEXTS).repeat(1 + random.nextInt(200)) : "a".repeat(1_048_577);
            return text.getBytes(StandardCharsets.UTF_8);
        }
        Object value = chance(55) ? value(schema, "body", 0) : brokenValue(schema);
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] broken() {
        return switch (random.nextInt(10)) {
            case 0 -> new byte[0];
            case 1 -> "{".getBytes(StandardCharsets.UTF_8);
            case 2 -> "{\"title\": ".getBytes(StandardCharsets.UTF_8);
            case 3 -> "null".getBytes(StandardCharsets.UTF_8);
            case 4 -> "[1,2,3]".getBytes(StandardCharsets.UTF_8);
            case 5 -> "\"just a string\"".getBytes(StandardCharsets.UTF_8);
            case 6 -> new byte[] { (byte) 0xff, (byte) 0xfe, 0x00, 0x7b };
            case 7 -> "[".repeat(200).getBytes(StandardCharsets.UTF_8);
            case 8 -> "{\"text\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
            default -> {
                byte[] bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
                yield bytes;
            }
        };
    }

    /** A valid object for the schema, then one thing wrong with it. */
    private Object brokenValue(Schema<?> schema) {
        Object value = value(schema, "body", 0);
        if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
            return pick(List.of(List.of(), 42, "text", true));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        List<String> names = new ArrayList<>(schema.getProperties().keySet());
        String name = pick(names);
        Schema<?> property = schema.getProperties().get(name);
        switch (random.nextInt(9)) {
            case 0 -> object.remove(schema.getRequired() == null || schema.getRequired().isEmpty() ? name : pick(schema.getRequired()));
            case 1 -> object.put(name, pick(List.of(42, 1.5e300, true, List.of("a"), Map.of("a", 1))));
            case 2 -> object.put(name, null);
            case 3 -> object.put(name, "a".repeat((property.getMaxLength() == null ? 1000 : property.getMaxLength()) + 1));
            case 4 -> object.put("unexpected" + random.nextInt(3), "x");
            case 5 -> object.put(name, pick(List.of("20 February 2024", "2999-01-01", "2024-02-30", "", "   ", "\u0000",
                    "\u202eevil", "\ud800", "PK\u0003\u0004\u0000")));
            case 6 -> object.put(name, new BigDecimal("1e400"));
            case 7 -> object.put(name, "ftp://" + marker + "/" + serial.incrementAndGet());
            default -> {
                return List.of(object);
            }
        }
        return object;
    }

    private Object value(Schema<?> schema, String name, int depth) {
        Set<String> types = types(schema);
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return pick(schema.getEnum());
        }
        if (types.contains("object") || schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            if (schema.getProperties() != null && depth < 4) {
                schema.getProperties().forEach((property, s) -> {
                    if (required.contains(property) || chance(75)) {
                        object.put(property, types(s).contains("null") && chance(10) ? null : value(s, property, depth + 1));
                    }
                });
            }
            return object;
        }
        if (types.contains("array")) {
            List<Object> items = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0 && schema.getItems() != null; i--) {
                items.add(value(schema.getItems(), name, depth + 1));
            }
            return items;
        }
        if (types.contains("integer")) {
            return random.nextInt(1000);
        }
        if (types.contains("boolean")) {
            return random.nextBoolean();
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("url")) {
            return "https://fuzz.unref.test/" + marker + "/" + serial.incrementAndGet();
        }
        if (lower.equals("date") || "date".equals(schema.getFormat())) {
            return date(false).toString();
        }
        if (lower.equals("language")) {
            return pick(List.of("en", "fr", "es-419", "ar"));
        }
        if (lower.equals("text")) {
            return chance(80) ? pick(TEXTS) : RandomInputs.strings(random.nextLong(), 1, 200).findFirst().orElse("") + " x";
        }
        String example = example(schema);
        String base = example != null && chance(50) ? example : pick(WORDS);
        return lower.equals("title") ? base + " (" + marker + ")" : base;
    }

    // ---- small helpers

    private static Set<String> types(Schema<?> schema) {
        if (schema == null) {
            return Set.of();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes();
        }
        return schema.getType() == null ? Set.of() : Set.of(schema.getType());
    }

    private static String example(Schema<?> schema) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return text(schema.getExamples().get(0));
        }
        return schema.getExample() == null ? null : text(schema.getExample());
    }

    private static String text(Object value) {
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        return String.valueOf(value);
    }

    private LocalDate date(boolean impossible) {
        LocalDate date = LocalDate.of(1945, 6, 26).plusDays(random.nextInt(29_000));
        return impossible ? date.plusYears(200) : date;
    }

    private String base64url(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(Collection<T> values) {
        List<T> list = values instanceof List<T> l ? l : List.copyOf(values);
        return list.get(random.nextInt(list.size()));
    }

    /** Percent-encodes every byte of the UTF-8 form but the unreserved characters; marked values pass as they are. */
    public static String encode(String value) {
        if (value.startsWith(RAW)) {
            return value.substring(RAW.length());
        }
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
