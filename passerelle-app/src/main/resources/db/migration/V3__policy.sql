-- What administrators and the data-protection officer manage for the institute's rules:
-- teams, registered processings (DPIA-bound automated use), training attestations, quotas, and
-- usage counters. Metadata only: no prompt or answer content.
CREATE TABLE teams (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    created_at  TIMESTAMP    NOT NULL
);

ALTER TABLE users ADD COLUMN team_id VARCHAR(64) REFERENCES teams (id);

CREATE TABLE processings (
    id                 VARCHAR(64)   PRIMARY KEY,
    name               VARCHAR(200)  NOT NULL UNIQUE,
    purpose            VARCHAR(2000) NOT NULL,
    dpia_reference     VARCHAR(200)  NOT NULL,
    approved_on        DATE          NOT NULL,
    expires_on         DATE          NOT NULL,
    allowed_hosting    VARCHAR(200)  NOT NULL,
    allowed_providers  VARCHAR(2000) NOT NULL,
    created_at         TIMESTAMP     NOT NULL
);

ALTER TABLE api_keys ADD COLUMN processing_id VARCHAR(64) REFERENCES processings (id);

CREATE TABLE attestations (
    id                   VARCHAR(64)  PRIMARY KEY,
    user_id              VARCHAR(64)  NOT NULL REFERENCES users (id),
    training             VARCHAR(300) NOT NULL,
    attested_on          DATE         NOT NULL,
    expires_on           DATE         NOT NULL,
    ethics_acknowledged  BOOLEAN      NOT NULL,
    recorded_by          VARCHAR(64)  NOT NULL,
    created_at           TIMESTAMP    NOT NULL
);

CREATE INDEX attestations_user ON attestations (user_id);

-- scope: user or team; subject_id: the user's or team's id, or '*' for every user or team.
-- metric: requests, tokens, energy_wh or gco2eq; period: day or month.
CREATE TABLE quotas (
    id          VARCHAR(64)      PRIMARY KEY,
    scope       VARCHAR(10)      NOT NULL,
    subject_id  VARCHAR(64)      NOT NULL,
    period      VARCHAR(10)      NOT NULL,
    metric      VARCHAR(20)      NOT NULL,
    soft_limit  DOUBLE PRECISION,
    hard_limit  DOUBLE PRECISION,
    UNIQUE (scope, subject_id, period, metric)
);

CREATE TABLE usage_counters (
    scope         VARCHAR(10)      NOT NULL,
    subject_id    VARCHAR(64)      NOT NULL,
    period        VARCHAR(10)      NOT NULL,
    period_start  DATE             NOT NULL,
    requests      BIGINT           NOT NULL,
    tokens        BIGINT           NOT NULL,
    energy_wh     DOUBLE PRECISION NOT NULL,
    gwp_g         DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (scope, subject_id, period, period_start)
);
