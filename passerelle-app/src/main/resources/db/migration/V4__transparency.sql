-- Transparency (R6): the project a request belongs to, the task it was recognised as, the
-- temperature asked for, and the footprint's range, in the audit metadata (never content);
-- default projects of users and keys; models' documented biases and limits.
ALTER TABLE audit_events ADD COLUMN project VARCHAR(100);
ALTER TABLE audit_events ADD COLUMN task VARCHAR(40);
ALTER TABLE audit_events ADD COLUMN temperature DOUBLE PRECISION;
ALTER TABLE audit_events ADD COLUMN energy_wh_min DOUBLE PRECISION;
ALTER TABLE audit_events ADD COLUMN energy_wh_max DOUBLE PRECISION;
ALTER TABLE audit_events ADD COLUMN gwp_g_min DOUBLE PRECISION;
ALTER TABLE audit_events ADD COLUMN gwp_g_max DOUBLE PRECISION;
CREATE INDEX audit_events_project ON audit_events (project);

ALTER TABLE users ADD COLUMN default_project VARCHAR(100);
ALTER TABLE api_keys ADD COLUMN default_project VARCHAR(100);

CREATE TABLE model_notes (
    model_id    VARCHAR(200)  PRIMARY KEY,
    notes_fr    VARCHAR(4000) NOT NULL,
    notes_en    VARCHAR(4000) NOT NULL,
    updated_by  VARCHAR(200)  NOT NULL,
    updated_at  TIMESTAMP     NOT NULL
);
