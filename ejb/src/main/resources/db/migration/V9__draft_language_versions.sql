-- A draft's text in other languages: each language version is imported from its own file, provision by provision
-- matched by anchor to the draft (which stays the one that input refers to).
CREATE TABLE draft_language_version (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draft_id    BIGINT        NOT NULL,
    language    VARCHAR(10)   NOT NULL,
    source_file VARCHAR(255)  NOT NULL,
    imported_at DATETIME(3)   NOT NULL,
    imported_by VARCHAR(255)  NOT NULL,
    CONSTRAINT fk_language_version_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    CONSTRAINT uk_language_version UNIQUE (draft_id, language)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE provision_translation (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    provision_id BIGINT        NOT NULL,
    language     VARCHAR(10)   NOT NULL,
    num          VARCHAR(100)  NOT NULL,
    heading      VARCHAR(1000) NOT NULL,
    body         MEDIUMTEXT    NOT NULL,
    CONSTRAINT uk_provision_translation UNIQUE (provision_id, language),
    CONSTRAINT fk_translation_provision FOREIGN KEY (provision_id) REFERENCES provision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
