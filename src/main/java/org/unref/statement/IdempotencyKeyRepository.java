package org.unref.statement;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class IdempotencyKeyRepository implements PanacheRepository<IdempotencyKey> {

    public Optional<IdempotencyKey> findByClientAndKey(String clientName, String key) {
        return find("clientName = ?1 and key = ?2", clientName, key).firstResultOptional();
    }
}
