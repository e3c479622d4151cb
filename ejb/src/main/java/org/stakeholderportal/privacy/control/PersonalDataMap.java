package org.stakeholderportal.privacy.control;

import java.util.List;

/**
 * Where the portal keeps data about a person, in one place for the export and the erasure (a new table or column
 * that holds a username, a name or an address belongs here, and PersonalDataIT finds one that was forgotten).
 */
public final class PersonalDataMap {

    /** A column of a table. */
    public record Column(String table, String column) {
    }

    /** A section of the export: its name, its columns and the query that reads it (:username, :email). */
    public record SectionQuery(String name, List<String> columns, String sql) {
    }

    /** Columns that hold a username: on erasure they get the pseudonym, so records still show one hand did both. */
    public static final List<Column> USERNAMES = List.of(
            new Column("membership", "username"), new Column("membership", "decided_by"),
            new Column("organisation", "created_by"),
            new Column("accreditation", "applied_by"), new Column("accreditation", "decided_by"),
            new Column("contribution", "created_by"), new Column("contribution", "updated_by"),
            new Column("contribution", "submitted_by"), new Column("contribution", "assigned_to"),
            new Column("contribution", "decided_by"),
            new Column("contribution_version", "submitted_by"),
            new Column("attachment", "uploaded_by"),
            new Column("co_signature", "invited_by"), new Column("co_signature", "responded_by"),
            new Column("review_note", "author"),
            new Column("draft", "imported_by"), new Column("draft_language_version", "imported_by"),
            new Column("consultation_window", "created_by"),
            new Column("published_digest", "published_by"),
            new Column("committee_session", "created_by"), new Column("session_representative", "registered_by"),
            new Column("speaker_request", "requested_by"), new Column("delegate", "username"), new Column("delegate", "created_by"),
            new Column("objection_list", "created_by"), new Column("objection", "username"));

    /**
     * Free text that others wrote and that may name the person (a note, a message, a mail to a colleague): their name,
     * username and address in it are replaced by the pseudonym. The text of contributions is not among them: it is
     * the organisation's input, published and fingerprinted as submitted.
     */
    public static final List<Column> FREE_TEXT = List.of(
            new Column("review_note", "body"), new Column("co_signature", "note"),
            new Column("contribution", "decision_message"), new Column("accreditation", "reason"),
            new Column("mail_outbox", "subject"), new Column("mail_outbox", "body"));

    private static String iso(String column) {
        return "DATE_FORMAT(" + column + ", '%Y-%m-%dT%H:%i:%sZ')";
    }

    public static final List<SectionQuery> SECTIONS = List.of(
            new SectionQuery("memberships", List.of("organisation", "process", "role", "status", "requested_at", "decided_at"),
                    "SELECT o.name_english, p.code, m.role, m.status, " + iso("m.requested_at") + ", " + iso("m.decided_at")
                            + " FROM membership m JOIN organisation o ON o.id = m.organisation_id"
                            + " JOIN negotiation_process p ON p.id = m.process_id WHERE m.username = :username ORDER BY m.id"),
            new SectionQuery("organisation_contacts", List.of("organisation", "contact_name", "contact_email", "registered_by_you"),
                    "SELECT o.name_english, o.contact_name, o.contact_email, IF(o.created_by = :username, 'yes', 'no')"
                            + " FROM organisation o WHERE o.created_by = :username OR o.contact_email = :email ORDER BY o.id"),
            new SectionQuery("accreditations", List.of("organisation", "process", "status", "applied_at", "your_part"),
                    "SELECT o.name_english, p.code, a.status, " + iso("a.applied_at") + ", CONCAT_WS(', ', IF(a.applied_by = :username, 'applied', NULL),"
                            + " IF(a.decided_by = :username, 'decided', NULL)) FROM accreditation a JOIN organisation o ON o.id = a.organisation_id"
                            + " JOIN negotiation_process p ON p.id = a.process_id WHERE :username IN (a.applied_by, a.decided_by) ORDER BY a.id"),
            new SectionQuery("contributions", List.of("id", "submission_number", "title", "organisation", "status", "created_at",
                    "submitted_at", "your_part"),
                    "SELECT c.id, c.submission_number, c.title, o.name_english, c.status, " + iso("c.created_at") + ", "
                            + iso("c.submitted_at") + ", CONCAT_WS(', ', IF(c.created_by = :username, 'started', NULL), IF(c.updated_by = :username,"
                            + " 'last edited', NULL), IF(c.submitted_by = :username, 'submitted', NULL), IF(c.assigned_to = :username, 'reviewer', NULL),"
                            + " IF(c.decided_by = :username, 'decided', NULL)) FROM contribution c JOIN organisation o ON o.id = c.organisation_id"
                            + " WHERE :username IN (c.created_by, c.updated_by, c.submitted_by, c.assigned_to, c.decided_by) ORDER BY c.id"),
            new SectionQuery("submitted_versions", List.of("contribution", "version", "title", "submitted_at", "checksum"),
                    "SELECT v.contribution_id, v.number, v.title, " + iso("v.submitted_at") + ", v.checksum FROM contribution_version v"
                            + " WHERE v.submitted_by = :username ORDER BY v.id"),
            new SectionQuery("attachments", List.of("contribution", "file_name", "media_type", "size_bytes", "uploaded_at"),
                    "SELECT a.contribution_id, a.file_name, a.media_type, a.size_bytes, " + iso("a.uploaded_at")
                            + " FROM attachment a WHERE a.uploaded_by = :username ORDER BY a.id"),
            new SectionQuery("co_signatures", List.of("contribution", "organisation", "status", "invited_at", "responded_at", "note"),
                    "SELECT s.contribution_id, o.name_english, s.status, " + iso("s.invited_at") + ", " + iso("s.responded_at") + ", s.note"
                            + " FROM co_signature s JOIN organisation o ON o.id = s.organisation_id"
                            + " WHERE :username IN (s.invited_by, s.responded_by) ORDER BY s.id"),
            new SectionQuery("review_notes", List.of("contribution", "written_at", "body"),
                    "SELECT n.contribution_id, " + iso("n.written_at") + ", n.body FROM review_note n WHERE n.author = :username ORDER BY n.id"),
            new SectionQuery("records_created", List.of("record", "id"),
                    "SELECT 'draft', id FROM draft WHERE imported_by = :username"
                            + " UNION ALL SELECT 'draft_language_version', id FROM draft_language_version WHERE imported_by = :username"
                            + " UNION ALL SELECT 'consultation_window', id FROM consultation_window WHERE created_by = :username"
                            + " UNION ALL SELECT 'published_digest', id FROM published_digest WHERE published_by = :username"),
            new SectionQuery("session_registrations", List.of("session", "organisation", "full_name", "email", "gender", "attends", "registered_at"),
                    "SELECT s.title, o.name_english, r.full_name, r.email, r.gender, r.attendance, " + iso("r.registered_at")
                            + " FROM session_representative r JOIN committee_session s ON s.id = r.session_id"
                            + " JOIN organisation o ON o.id = r.organisation_id WHERE r.email = :email ORDER BY r.id"),
            new SectionQuery("delegation", List.of("member_state", "active", "linked_at"),
                    "SELECT d.member_state, d.active, " + iso("d.created_at") + " FROM delegate d WHERE d.username = :username"),
            new SectionQuery("objections", List.of("list", "organisation", "member_state", "reason", "objected_at", "withdrawn_at"),
                    "SELECT l.title, o.name_english, x.member_state, x.reason, " + iso("x.objected_at") + ", " + iso("x.withdrawn_at")
                            + " FROM objection x JOIN objection_list_entry e ON e.id = x.entry_id JOIN objection_list l ON l.id = e.list_id"
                            + " JOIN accreditation a ON a.id = e.accreditation_id JOIN organisation o ON o.id = a.organisation_id"
                            + " WHERE x.username = :username ORDER BY x.id"),
            new SectionQuery("mails", List.of("recipient", "subject", "body", "status", "queued_at", "sent_at"),
                    "SELECT m.recipient, m.subject, m.body, m.status, " + iso("m.created_at") + ", " + iso("m.sent_at")
                            + " FROM mail_outbox m WHERE m.recipient = :email ORDER BY m.id"));

    /** The columns of the export's audit section, read through JPA so the person is shown by name. */
    public static final List<String> AUDIT_COLUMNS = List.of("id", "occurred_at", "action", "record", "record_id", "detail");

    private PersonalDataMap() {
    }

    /** A literal for a MariaDB (PCRE) regular expression: ASCII punctuation escaped, everything else as it is. */
    public static String regexLiteral(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}\\-/#]", "\\\\$0");
    }

    /** A username as a whole word: not part of a longer name or address. */
    public static String wholeUsername(String username) {
        return "(?<![\\w.@-])" + regexLiteral(username) + "(?![\\w@-]|\\.\\w)";
    }
}
