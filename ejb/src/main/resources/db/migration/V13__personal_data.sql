-- Personal data: each person gets a random reference that the audit trail names instead of their username, so an
-- erased person's username can go while every audit hash still verifies; erasure is dated on the person row.
ALTER TABLE person
    ADD COLUMN reference CHAR(32) NULL,
    ADD COLUMN erased_at DATETIME(3) NULL;
UPDATE person SET reference = LEFT(SHA2(CONCAT(UUID(), RAND(), id), 256), 32);
ALTER TABLE person
    MODIFY reference CHAR(32) NOT NULL,
    ADD CONSTRAINT uk_person_reference UNIQUE (reference);

-- Events written before this version name people by username: they now name them by reference. Their hashes covered
-- the username, so the portal re-chains the trail once at its next start (AuditChainUpgrade) and clears this mark.
ALTER TABLE audit_chain_head ADD COLUMN rechain_pending BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE audit_event e JOIN person p ON p.username = e.actor SET e.actor = CONCAT('person:', p.reference);
UPDATE audit_chain_head SET rechain_pending = TRUE WHERE id = 1 AND EXISTS (SELECT 1 FROM audit_event);

-- An organisation whose contact person erased their account has no contact address until it gives a new one.
ALTER TABLE organisation MODIFY contact_email VARCHAR(320) NULL;

-- Sent mail is purged after its retention period (MailRetention): found by when it was sent.
CREATE INDEX ix_mail_sent ON mail_outbox (status, sent_at);
