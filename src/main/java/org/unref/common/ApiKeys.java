package org.unref.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API keys, configured as {@code name:role:sha256-hex} entries in {@code unref.api-keys} (env
 * {@code UNREF_API_KEYS} in production), so configuration holds only hashes. A presented key is hashed and
 * compared with every configured hash in constant time.
 */
@ApplicationScoped
public class ApiKeys {

    /** One configured key: a name for logs, its role and the SHA-256 of the key. */
    public record Key(String name, String role, byte[] sha256) {
    }

    private final List<Key> keys;

    public ApiKeys(@ConfigProperty(name = "unref.api-keys") Optional<List<String>> entries) {
        List<Key> parsed = new ArrayList<>();
        for (String entry : entries.orElse(List.of())) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split(":");
            if (parts.length != 3 || !parts[1].matches("editor|admin") || !parts[2].matches("[0-9a-fA-F]{64}")) {
                throw new IllegalStateException("unref.api-keys entries must read name:editor|admin:<64 hex digits of SHA-256>; "
                        + "one entry is malformed (its name: " + parts[0] + ")");
            }
            parsed.add(new Key(parts[0], parts[1], HexFormat.of().parseHex(parts[2].toLowerCase(Locale.ROOT))));
        }
        this.keys = List.copyOf(parsed);
    }

    /** The configured key matching the presented one, looking at every key so the time taken tells nothing. */
    public Optional<Key> find(String presented) {
        byte[] hash = sha256(presented);
        Key match = null;
        for (Key key : keys) {
            if (MessageDigest.isEqual(key.sha256(), hash) && match == null) {
                match = key;
            }
        }
        return Optional.ofNullable(match);
    }

    public static boolean grants(Key key, String role) {
        return key.role().equals(RequiresRole.ADMIN) || key.role().equals(role);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
