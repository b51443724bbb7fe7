package org.unref.common;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who sent this request, as far as {@link ApiKeyFilter} knows: the configured name of its API key, for
 * operations that keep something per client (the statements' Idempotency-Key).
 */
@RequestScoped
public class ApiCaller {

    private String keyName;

    void authenticated(ApiKeys.Key key) {
        this.keyName = key.name();
    }

    /** The name of the API key this request was authenticated with; empty on a public read. */
    public Optional<String> keyName() {
        return Optional.ofNullable(keyName);
    }
}
