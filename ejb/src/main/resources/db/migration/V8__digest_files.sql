-- A release covers the input published up to a moment; its documents are generated later from exactly that input.
ALTER TABLE published_digest ADD COLUMN covers_until DATETIME(3) NULL;

-- The PDF and DOCX of each released digest, generated in the background. The file itself lies on disk, named after
-- its SHA-256 (PORTAL_DIGESTS_DIR); the row says how far its generation has come and, once done, what it holds.
CREATE TABLE digest_file (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    published_digest_id BIGINT        NOT NULL,
    format              VARCHAR(10)   NOT NULL,
    language            VARCHAR(10)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    done                INT           NOT NULL DEFAULT 0,
    total               INT           NOT NULL DEFAULT 0,
    sha256              CHAR(64),
    size_bytes          BIGINT,
    error               VARCHAR(1000),
    requested_at        DATETIME(3)   NOT NULL,
    started_at          DATETIME(3),
    finished_at         DATETIME(3),
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_digest_file_digest FOREIGN KEY (published_digest_id) REFERENCES published_digest (id),
    CONSTRAINT uk_digest_file UNIQUE (published_digest_id, format, language),
    INDEX ix_digest_file_status (status, requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
