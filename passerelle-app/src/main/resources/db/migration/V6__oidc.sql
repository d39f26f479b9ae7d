-- Single sign-on (OpenID Connect): users known by their identity provider's subject, and the logins
-- under way (state, nonce and PKCE verifier of an authorisation request, deleted when used or stale).
ALTER TABLE users ADD COLUMN oidc_subject VARCHAR(255);
CREATE UNIQUE INDEX users_oidc_subject ON users (oidc_subject);

CREATE TABLE oidc_logins (
    state        VARCHAR(100)  PRIMARY KEY,
    nonce        VARCHAR(100)  NOT NULL,
    verifier     VARCHAR(200)  NOT NULL,
    created_at   TIMESTAMP     NOT NULL
);
