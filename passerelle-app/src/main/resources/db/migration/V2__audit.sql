-- The audit trail: metadata only (who, when, which model, what was decided, which kinds of sensitive
-- data were found and how many, tokens, latency, footprint). Never prompt, answer or file content.
-- Each event's hash covers the previous event's hash: editing or deleting an event breaks the chain.
CREATE TABLE audit_events (
    seq             BIGINT        PRIMARY KEY,
    id              VARCHAR(64)   NOT NULL UNIQUE,
    occurred_at     TIMESTAMP     NOT NULL,
    user_id         VARCHAR(64),
    key_id          VARCHAR(64),
    endpoint        VARCHAR(100)  NOT NULL,
    requested_model VARCHAR(200),
    served_model    VARCHAR(200),
    provider        VARCHAR(100),
    hosting         VARCHAR(20),
    decision        VARCHAR(20)   NOT NULL,
    reason          VARCHAR(100),
    sensitive       BOOLEAN       NOT NULL,
    labels          VARCHAR(1000) NOT NULL,
    output_tokens   BIGINT        NOT NULL,
    latency_ms      BIGINT        NOT NULL,
    energy_wh       DOUBLE PRECISION,
    gwp_g           DOUBLE PRECISION,
    status          INTEGER       NOT NULL,
    prev_hash       VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL
);

CREATE INDEX audit_events_occurred_at ON audit_events (occurred_at);

-- One row: the head of the chain, locked while an event is appended so that several gateway
-- replicas sharing one database extend one chain.
CREATE TABLE audit_chain_head (
    id        INTEGER      PRIMARY KEY,
    last_seq  BIGINT       NOT NULL,
    last_hash VARCHAR(64)  NOT NULL
);

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
