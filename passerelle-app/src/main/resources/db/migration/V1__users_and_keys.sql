-- Users and their API keys. Keys are stored as SHA-256 hashes of high-entropy secrets, never in clear.
CREATE TABLE users (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    role        VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);

CREATE TABLE api_keys (
    id          VARCHAR(64)  PRIMARY KEY,
    user_id     VARCHAR(64)  NOT NULL REFERENCES users (id),
    prefix      VARCHAR(16)  NOT NULL,
    hash        VARCHAR(64)  NOT NULL UNIQUE,
    kind        VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    revoked_at  TIMESTAMP
);
