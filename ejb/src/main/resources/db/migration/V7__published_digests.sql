-- Published digests: what the secretariat released, kept byte for byte with its SHA-256, never changed or removed.
CREATE TABLE published_digest (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draft_id       BIGINT        NOT NULL,
    number         INT           NOT NULL,
    published_at   DATETIME(3)   NOT NULL,
    published_by   VARCHAR(255)  NOT NULL,
    contributions  INT           NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    content_json   LONGBLOB      NOT NULL,
    CONSTRAINT fk_digest_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    CONSTRAINT uk_digest_number UNIQUE (draft_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
