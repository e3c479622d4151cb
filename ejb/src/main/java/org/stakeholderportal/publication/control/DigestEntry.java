package org.stakeholderportal.publication.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.stakeholderportal.draft.control.DiffSegment;

/**
 * One published contribution as the digest prints it. Labels (category, region, type, language) are already in the
 * document's language; the comment is the stored sanitised HTML, which the renderers still treat as untrusted.
 *
 * @param submissionNumber e.g. "AHC-2026-0001"
 * @param organisation the contributing organisation's name
 * @param category the organisation's stakeholder category, labelled
 * @param region the organisation's regional group, labelled
 * @param type the type of input, labelled
 * @param language the language of the input, labelled
 * @param title the contribution's title
 * @param published when the secretariat published it
 * @param commentHtml the comment as HTML (p, br, strong, b, em, i, u, ul, ol, li, blockquote, a[href])
 * @param redline the proposed wording against the draft; empty when there is none
 * @param rationale the reasons for the proposal as plain text, or null
 * @param organisationSuspendedSince when the organisation's accreditation was suspended, or null if it is not
 */
public record DigestEntry(String submissionNumber, String organisation, String category, String region, String type,
        String language, String title, Instant published, String commentHtml, List<DiffSegment> redline,
        String rationale, Instant organisationSuspendedSince) {

    public DigestEntry {
        Objects.requireNonNull(submissionNumber, "submissionNumber");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(published, "published");
        redline = redline == null ? List.of() : List.copyOf(redline);
    }
}
