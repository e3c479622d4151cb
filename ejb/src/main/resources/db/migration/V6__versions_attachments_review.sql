-- What was submitted, attachments, and the secretariat's review.

-- One immutable row per submission: a revision after "returned for revision" is a new number, never an update.
CREATE TABLE contribution_version (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contribution_id  BIGINT        NOT NULL,
    number           INT           NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    comment_html     MEDIUMTEXT    NOT NULL,
    proposed_wording MEDIUMTEXT,
    rationale        MEDIUMTEXT,
    language         VARCHAR(10)   NOT NULL,
    paragraph_ids    VARCHAR(2000) NOT NULL,
    attachments      TEXT          NOT NULL,
    checksum         CHAR(64)      NOT NULL,
    submitted_by     VARCHAR(255)  NOT NULL,
    submitted_at     DATETIME(3)   NOT NULL,
    CONSTRAINT fk_version_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    CONSTRAINT uk_version_number UNIQUE (contribution_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files are stored outside the web root under their SHA-256; a row is detached, never deleted, so an earlier
-- version keeps its files.
CREATE TABLE attachment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contribution_id BIGINT        NOT NULL,
    file_name       VARCHAR(400)  NOT NULL,
    media_type      VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    uploaded_by     VARCHAR(255)  NOT NULL,
    uploaded_at     DATETIME(3)   NOT NULL,
    detached_at     DATETIME(3),
    CONSTRAINT fk_attachment_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    INDEX ix_attachment_contribution (contribution_id, detached_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reason codes are rows so the secretariat can add its own; labels are translated by code (reason.CODE).
CREATE TABLE rejection_reason (
    code     VARCHAR(30) NOT NULL PRIMARY KEY,
    position INT         NOT NULL,
    active   BOOLEAN     NOT NULL DEFAULT TRUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO rejection_reason (code, position) VALUES
    ('OFF_TOPIC', 1), ('OUTSIDE_MANDATE', 2), ('ABUSIVE_LANGUAGE', 3), ('DUPLICATE', 4), ('LATE', 5), ('OTHER', 6);

ALTER TABLE contribution
    ADD COLUMN current_version  INT          NOT NULL DEFAULT 0,
    ADD COLUMN assigned_to      VARCHAR(255),
    ADD COLUMN decided_by       VARCHAR(255),
    ADD COLUMN decided_at       DATETIME(3),
    ADD COLUMN reason_code      VARCHAR(30),
    ADD COLUMN decision_message TEXT,
    ADD CONSTRAINT fk_contribution_reason FOREIGN KEY (reason_code) REFERENCES rejection_reason (code),
    ADD INDEX ix_contribution_queue (process_id, status, submitted_at),
    ADD INDEX ix_contribution_assigned (assigned_to, status);

-- Internal notes: visible to the secretariat only, never to the organisation or the public.
CREATE TABLE review_note (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contribution_id BIGINT        NOT NULL,
    author          VARCHAR(255)  NOT NULL,
    written_at      DATETIME(3)   NOT NULL,
    body            TEXT          NOT NULL,
    CONSTRAINT fk_note_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    INDEX ix_note_contribution (contribution_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
