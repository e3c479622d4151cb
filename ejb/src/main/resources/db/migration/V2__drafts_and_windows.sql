-- Negotiation processes, their drafts as trees of provisions, and consultation windows.

CREATE TABLE negotiation_process (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(20)  NOT NULL,
    name               VARCHAR(300) NOT NULL,
    official_time_zone VARCHAR(64)  NOT NULL,
    created_at         DATETIME(3) NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_process_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE draft (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_id      BIGINT       NOT NULL,
    predecessor_id  BIGINT,
    document_symbol VARCHAR(100),
    title           VARCHAR(500) NOT NULL,
    version_label   VARCHAR(100) NOT NULL,
    draft_date      DATE         NOT NULL,
    languages       VARCHAR(100) NOT NULL,
    source_format   VARCHAR(20)  NOT NULL,
    source_file     VARCHAR(255) NOT NULL,
    article_count   INT          NOT NULL,
    imported_at     DATETIME(3) NOT NULL,
    imported_by     VARCHAR(255) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_draft_process FOREIGN KEY (process_id) REFERENCES negotiation_process (id),
    CONSTRAINT fk_draft_predecessor FOREIGN KEY (predecessor_id) REFERENCES draft (id),
    CONSTRAINT uk_draft_successor UNIQUE (predecessor_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per node of the draft's tree (preamble, part, chapter, section, article, paragraph, subparagraph).
-- position orders the whole document; anchor is stable and unique within the draft.
CREATE TABLE provision (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draft_id       BIGINT       NOT NULL,
    parent_id      BIGINT,
    article_id     BIGINT,
    kind           VARCHAR(20)  NOT NULL,
    num            VARCHAR(100) NOT NULL,
    heading        VARCHAR(1000) NOT NULL,
    body           MEDIUMTEXT   NOT NULL,
    anchor         VARCHAR(190) NOT NULL,
    sort_key       VARCHAR(190) NOT NULL,
    position       INT          NOT NULL,
    depth          INT          NOT NULL,
    predecessor_id BIGINT,
    change_kind    VARCHAR(20),
    similarity     DOUBLE,
    CONSTRAINT fk_provision_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    CONSTRAINT fk_provision_parent FOREIGN KEY (parent_id) REFERENCES provision (id),
    CONSTRAINT fk_provision_article FOREIGN KEY (article_id) REFERENCES provision (id),
    CONSTRAINT fk_provision_predecessor FOREIGN KEY (predecessor_id) REFERENCES provision (id),
    CONSTRAINT uk_provision_anchor UNIQUE (draft_id, anchor),
    INDEX ix_provision_order (draft_id, position),
    INDEX ix_provision_kind (draft_id, kind, position),
    INDEX ix_provision_article (article_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE consultation_window (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draft_id    BIGINT       NOT NULL,
    title       VARCHAR(300) NOT NULL,
    opens_at    DATETIME(3) NOT NULL,
    closes_at   DATETIME(3) NOT NULL,
    all_articles BOOLEAN     NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    created_by  VARCHAR(255) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_window_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    INDEX ix_window_draft (draft_id, closes_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE consultation_window_article (
    window_id  BIGINT NOT NULL,
    article_id BIGINT NOT NULL,
    PRIMARY KEY (window_id, article_id),
    CONSTRAINT fk_cwa_window FOREIGN KEY (window_id) REFERENCES consultation_window (id),
    CONSTRAINT fk_cwa_article FOREIGN KEY (article_id) REFERENCES provision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit trail: append-only, each row chained to the one before by a SHA-256 over its content.
CREATE TABLE audit_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(3) NOT NULL,
    actor         VARCHAR(255) NOT NULL,
    actor_role    VARCHAR(50)  NOT NULL,
    action        VARCHAR(100) NOT NULL,
    entity_type   VARCHAR(50)  NOT NULL,
    entity_id     BIGINT       NOT NULL,
    detail        TEXT         NOT NULL,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL,
    INDEX ix_audit_entity (entity_type, entity_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A single row that serialises appends to the chain (SELECT ... FOR UPDATE), so concurrent writers never fork it.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_hash CHAR(64) NOT NULL
) ENGINE=InnoDB;
INSERT INTO audit_chain_head (id, last_hash) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');
