-- Contributions: written input of an accredited organisation on a draft, an article or some of its paragraphs.

CREATE TABLE contribution (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_id       BIGINT        NOT NULL,
    draft_id         BIGINT        NOT NULL,
    article_id       BIGINT,
    organisation_id  BIGINT        NOT NULL,
    submission_number VARCHAR(40),
    kind             VARCHAR(30)   NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    comment_html     MEDIUMTEXT    NOT NULL,
    proposed_wording MEDIUMTEXT,
    rationale        MEDIUMTEXT,
    language         VARCHAR(10)   NOT NULL,
    status           VARCHAR(30)   NOT NULL,
    created_by       VARCHAR(255)  NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    updated_by       VARCHAR(255)  NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    submitted_by     VARCHAR(255),
    submitted_at     DATETIME(3),
    checksum         CHAR(64),
    client_token     VARCHAR(64),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_contribution_process FOREIGN KEY (process_id) REFERENCES negotiation_process (id),
    CONSTRAINT fk_contribution_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    CONSTRAINT fk_contribution_article FOREIGN KEY (article_id) REFERENCES provision (id),
    CONSTRAINT fk_contribution_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uk_contribution_number UNIQUE (submission_number),
    -- A retried submit with the same client token finds the first one instead of creating another.
    CONSTRAINT uk_contribution_client_token UNIQUE (organisation_id, client_token),
    INDEX ix_contribution_organisation (organisation_id, process_id, status),
    INDEX ix_contribution_article (article_id, status),
    INDEX ix_contribution_draft (draft_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contribution_paragraph (
    contribution_id BIGINT NOT NULL,
    provision_id    BIGINT NOT NULL,
    PRIMARY KEY (contribution_id, provision_id),
    CONSTRAINT fk_cp_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    CONSTRAINT fk_cp_provision FOREIGN KEY (provision_id) REFERENCES provision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Submission numbers per process and year (AHC-2026-0001), taken under a row lock so none repeats or is skipped.
CREATE TABLE submission_counter (
    process_id BIGINT NOT NULL,
    year       INT    NOT NULL,
    last_value INT    NOT NULL,
    PRIMARY KEY (process_id, year),
    CONSTRAINT fk_counter_process FOREIGN KEY (process_id) REFERENCES negotiation_process (id)
) ENGINE=InnoDB;
