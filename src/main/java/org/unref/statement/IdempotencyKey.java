package org.unref.statement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An Idempotency-Key a client sent with a statement it created, and what the service answered it. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The configured name of the API key that sent it: keys are scoped per client. */
    @Column(name = "client_name", nullable = false, length = 100)
    public String clientName;

    @Column(name = "idem_key", nullable = false, length = 255)
    public String key;

    /** SHA-256 (hex) of the request, see {@link IdempotencyClaim#fingerprint()}. */
    @Column(nullable = false, length = 64)
    public String fingerprint;

    @Column(name = "response_status", nullable = false)
    public int responseStatus;

    /** The statement created; it may have been deleted since (no foreign key, on purpose). */
    @Column(name = "statement_id")
    public Long statementId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
