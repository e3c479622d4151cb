-- Process settings the secretariat changes without a release: limits and languages per process, its own labels
-- for stakeholder categories and reason codes, and its wording of the e-mails. Every change is audited.

-- One row per process; a process without a row uses the defaults below (the values the portal had built in).
CREATE TABLE process_settings (
    process_id              BIGINT       NOT NULL PRIMARY KEY,
    max_words               INT          NOT NULL DEFAULT 2000,
    max_attachments         INT          NOT NULL DEFAULT 3,
    max_submissions_per_day INT          NOT NULL DEFAULT 50,
    languages               VARCHAR(100) NOT NULL DEFAULT 'ar,zh,en,fr,ru,es,other',
    version                 BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_settings_process FOREIGN KEY (process_id) REFERENCES negotiation_process (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO process_settings (process_id) SELECT id FROM negotiation_process;

-- Entries of the two lists can now be changed concurrently by several people: optimistic locking.
ALTER TABLE stakeholder_category ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE rejection_reason ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- The secretariat's wording of a category or reason in one language; without a row the bundle's label is shown.
CREATE TABLE code_label (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    list     VARCHAR(20)  NOT NULL,
    code     VARCHAR(30)  NOT NULL,
    language VARCHAR(5)   NOT NULL,
    label    VARCHAR(200) NOT NULL,
    CONSTRAINT uk_code_label UNIQUE (list, code, language)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A mail's subject and body in one language replacing MailMessages' (same MessageFormat placeholders). The outbox
-- API takes no process, so one wording serves every process, like the bundle it overrides.
CREATE TABLE mail_template (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template_key VARCHAR(60)  NOT NULL,
    language     VARCHAR(5)   NOT NULL,
    subject      VARCHAR(300) NOT NULL,
    body         TEXT         NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    updated_by   VARCHAR(255) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_mail_template UNIQUE (template_key, language)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
