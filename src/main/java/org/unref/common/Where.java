package org.unref.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the WHERE clause of a filtered JPQL query from the filters a client set, with named parameters. */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} (which uses {@code :name}) when {@code value} is set. */
    public Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a clause that needs no parameter when {@code condition} holds. */
    public Where andIf(boolean condition, String clause) {
        if (condition) {
            clauses.add(clause);
        }
        return this;
    }

    public Where param(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public String jpql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    /** A LIKE pattern that finds {@code text} anywhere, with the client's own % and _ taken literally (escape '!'). */
    public static String contains(String text) {
        String escaped = fold(text).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    /** The words of a search {@code q}: folded, split at white space, each once, at most ten; empty for a blank q. */
    public static List<String> words(String q) {
        return Arrays.stream(fold(q).split("\\s+")).filter(w -> !w.isEmpty()).distinct().limit(10).toList();
    }

    /** The one case folding of searches: the words asked for, and the stored text they are matched against. */
    public static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
