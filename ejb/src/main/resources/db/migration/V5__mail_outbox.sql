-- Outgoing mail, written in the same transaction as the decision it reports and delivered afterwards, with
-- retries: a mail server that is down never loses or delays a decision.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(320)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000),
    created_at      DATETIME(3)   NOT NULL,
    next_attempt_at DATETIME(3)   NOT NULL,
    sent_at         DATETIME(3),
    version         BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_mail_due (status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
