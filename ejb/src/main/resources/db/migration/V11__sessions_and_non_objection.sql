-- Sessions of a process with their agendas, registration of representatives, speakers' lists; member-state
-- delegates and the non-objection procedure for applicants without ECOSOC status.

CREATE TABLE committee_session (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_id         BIGINT       NOT NULL,
    kind               VARCHAR(30)  NOT NULL,
    title              VARCHAR(300) NOT NULL,
    starts_on          DATE         NOT NULL,
    ends_on            DATE         NOT NULL,
    attendance         VARCHAR(20)  NOT NULL,
    venue              VARCHAR(300),
    room_limit         INT          NOT NULL,
    online_limit       INT          NOT NULL,
    created_at         DATETIME(3)  NOT NULL,
    created_by         VARCHAR(255) NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_process FOREIGN KEY (process_id) REFERENCES negotiation_process (id),
    INDEX ix_session_process (process_id, starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An agenda item may point to a chapter or an article of a draft (by its stable anchor).
CREATE TABLE agenda_item (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id          BIGINT       NOT NULL,
    position            INT          NOT NULL,
    item_number         VARCHAR(20)  NOT NULL,
    title               VARCHAR(500) NOT NULL,
    draft_id            BIGINT,
    provision_anchor    VARCHAR(200),
    minutes_per_speaker INT          NOT NULL DEFAULT 3,
    speakers_confirmed_at DATETIME(3),
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_agenda_session FOREIGN KEY (session_id) REFERENCES committee_session (id),
    CONSTRAINT fk_agenda_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    INDEX ix_agenda_session (session_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE consultation_window ADD COLUMN session_id BIGINT NULL,
    ADD CONSTRAINT fk_window_session FOREIGN KEY (session_id) REFERENCES committee_session (id);

CREATE TABLE session_representative (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    email           VARCHAR(320) NOT NULL,
    gender          VARCHAR(20)  NOT NULL,
    attendance      VARCHAR(20)  NOT NULL,
    registered_at   DATETIME(3)  NOT NULL,
    registered_by   VARCHAR(255) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_representative_session FOREIGN KEY (session_id) REFERENCES committee_session (id),
    CONSTRAINT fk_representative_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uk_representative UNIQUE (session_id, organisation_id, email),
    INDEX ix_representative_session (session_id, organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One request per organisation and agenda item: as the speaker's own organisation or named on a coalition's.
CREATE TABLE speaker_request (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agenda_item_id    BIGINT       NOT NULL,
    organisation_id   BIGINT       NOT NULL,
    representative_id BIGINT       NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    position          INT          NOT NULL,
    requested_at      DATETIME(3)  NOT NULL,
    requested_by      VARCHAR(255) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_speaker_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_speaker_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_speaker_representative FOREIGN KEY (representative_id) REFERENCES session_representative (id),
    CONSTRAINT uk_speaker_request UNIQUE (agenda_item_id, organisation_id),
    INDEX ix_speaker_item (agenda_item_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE speaker_on_behalf_of (
    speaker_request_id BIGINT NOT NULL,
    organisation_id    BIGINT NOT NULL,
    agenda_item_id     BIGINT NOT NULL,
    PRIMARY KEY (speaker_request_id, organisation_id),
    CONSTRAINT fk_behalf_request FOREIGN KEY (speaker_request_id) REFERENCES speaker_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_behalf_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uk_behalf_once_per_item UNIQUE (agenda_item_id, organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A member-state delegate: a portal account (realm role "delegate") linked by the secretariat to one member State.
CREATE TABLE delegate (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(255) NOT NULL,
    member_state CHAR(2)      NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   DATETIME(3)  NOT NULL,
    created_by   VARCHAR(255) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_delegate_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE negotiation_process ADD COLUMN accreditation_by_non_objection BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE objection_list (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_id    BIGINT       NOT NULL,
    title         VARCHAR(300) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    created_by    VARCHAR(255) NOT NULL,
    circulated_at DATETIME(3),
    deadline      DATETIME(3),
    concluded_at  DATETIME(3),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_objection_list_process FOREIGN KEY (process_id) REFERENCES negotiation_process (id),
    INDEX ix_objection_list_due (status, deadline)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An applicant is on at most one list that is not concluded (the generated column is NULL once concluded).
CREATE TABLE objection_list_entry (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    list_id          BIGINT      NOT NULL,
    accreditation_id BIGINT      NOT NULL,
    outcome          VARCHAR(20),
    open_accreditation_id BIGINT AS (CASE WHEN outcome IS NULL THEN accreditation_id END) PERSISTENT,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_entry_list FOREIGN KEY (list_id) REFERENCES objection_list (id),
    CONSTRAINT fk_entry_accreditation FOREIGN KEY (accreditation_id) REFERENCES accreditation (id),
    CONSTRAINT uk_entry_open UNIQUE (open_accreditation_id),
    CONSTRAINT uk_entry_list UNIQUE (list_id, accreditation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One objection per member State and applicant; withdrawn objections stay on record.
CREATE TABLE objection (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id     BIGINT       NOT NULL,
    member_state CHAR(2)      NOT NULL,
    username     VARCHAR(255) NOT NULL,
    reason       TEXT         NOT NULL,
    objected_at  DATETIME(3)  NOT NULL,
    withdrawn_at DATETIME(3),
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_objection_entry FOREIGN KEY (entry_id) REFERENCES objection_list_entry (id),
    CONSTRAINT uk_objection_state UNIQUE (entry_id, member_state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
