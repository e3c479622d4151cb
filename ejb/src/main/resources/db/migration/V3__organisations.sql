-- Stakeholder organisations, their accreditation per negotiation process, and their members.

-- Categories are rows so the secretariat can add its own; labels are translated by code (category.CODE).
CREATE TABLE stakeholder_category (
    code     VARCHAR(30) NOT NULL PRIMARY KEY,
    position INT         NOT NULL,
    active   BOOLEAN     NOT NULL DEFAULT TRUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO stakeholder_category (code, position) VALUES
    ('NGO', 1), ('PRIVATE_SECTOR', 2), ('ACADEMIA', 3), ('IGO', 4), ('OTHER', 5);

CREATE TABLE organisation (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(300)  NOT NULL,
    name_english  VARCHAR(300)  NOT NULL,
    acronym       VARCHAR(30),
    category      VARCHAR(30)   NOT NULL,
    country       CHAR(2)       NOT NULL,
    region        VARCHAR(40)   NOT NULL,
    website       VARCHAR(300),
    description   TEXT          NOT NULL,
    ecosoc_status VARCHAR(20)   NOT NULL,
    contact_name  VARCHAR(200)  NOT NULL,
    contact_email VARCHAR(320)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    created_by    VARCHAR(255)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_organisation_category FOREIGN KEY (category) REFERENCES stakeholder_category (code),
    INDEX ix_organisation_name (name_english)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE accreditation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    process_id      BIGINT       NOT NULL,
    status          VARCHAR(30)  NOT NULL,
    applied_at      DATETIME(3) NOT NULL,
    applied_by      VARCHAR(255) NOT NULL,
    decided_at      DATETIME(3),
    decided_by      VARCHAR(255),
    reason          TEXT,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_accreditation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_accreditation_process FOREIGN KEY (process_id) REFERENCES negotiation_process (id),
    CONSTRAINT uk_accreditation UNIQUE (organisation_id, process_id),
    INDEX ix_accreditation_queue (process_id, status, applied_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person belongs to at most one organisation per process: the generated column is the process while the
-- membership is requested or active and NULL otherwise, and NULLs never collide in a unique index.
CREATE TABLE membership (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id   BIGINT       NOT NULL,
    process_id        BIGINT       NOT NULL,
    username          VARCHAR(255) NOT NULL,
    role              VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    requested_at      DATETIME(3) NOT NULL,
    decided_at        DATETIME(3),
    decided_by        VARCHAR(255),
    version           BIGINT       NOT NULL DEFAULT 0,
    active_process_id BIGINT AS (CASE WHEN status IN ('REQUESTED', 'ACTIVE') THEN process_id END) PERSISTENT,
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_membership_process FOREIGN KEY (process_id) REFERENCES negotiation_process (id),
    CONSTRAINT uk_membership_one_per_process UNIQUE (username, active_process_id),
    INDEX ix_membership_organisation (organisation_id, process_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
