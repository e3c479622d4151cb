-- Joint contributions: the lead organisation invites others to co-sign; each endorsement is bound to the exact text
-- its focal point read (a fingerprint of it), and those still current when the lead submits are listed on that version.
CREATE TABLE co_signature (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contribution_id  BIGINT        NOT NULL,
    organisation_id  BIGINT        NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    invited_by       VARCHAR(255)  NOT NULL,
    invited_at       DATETIME(3)   NOT NULL,
    responded_by     VARCHAR(255),
    responded_at     DATETIME(3),
    note             VARCHAR(1000),
    endorsed_text    CHAR(64),
    listed_in_version INT,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_co_signature_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    CONSTRAINT fk_co_signature_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uk_co_signature UNIQUE (contribution_id, organisation_id),
    INDEX ix_co_signature_organisation (organisation_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
