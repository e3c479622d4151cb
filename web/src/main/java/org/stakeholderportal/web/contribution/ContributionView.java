package org.stakeholderportal.web.contribution;

import java.time.Instant;
import java.util.List;
import org.stakeholderportal.contribution.entity.Attachment;
import org.stakeholderportal.contribution.entity.Contribution;

/** A contribution as the API shows it to its organisation. */
public record ContributionView(long id, long version, String status, String submissionNumber, long draftId, Long articleId,
        List<Long> paragraphIds, String kind, String title, String comment, String proposedWording, String rationale,
        String language, Instant submittedAt, String checksum, int submittedVersion, String decisionMessage,
        List<AttachmentView> attachments) {

    /** An attached document, with the address to download it. */
    public record AttachmentView(long id, String fileName, String mediaType, long size, String sha256, String href) {

        static AttachmentView of(Attachment attachment) {
            return new AttachmentView(attachment.getId(), attachment.getFileName(), attachment.getMediaType(),
                    attachment.getSizeBytes(), attachment.getSha256(), "/api/attachments/" + attachment.getId());
        }
    }

    static ContributionView of(Contribution c, List<Attachment> attachments) {
        return new ContributionView(c.getId(), c.getVersion(), c.getStatus().name(), c.getSubmissionNumber(), c.getDraftId(),
                c.getArticleId(), c.getParagraphIds().stream().sorted().toList(), c.getKind().name(), c.getTitle(),
                c.getCommentHtml(), c.getProposedWording(), c.getRationale(), c.getLanguage(), c.getSubmittedAt(),
                c.getChecksum(), c.getCurrentVersion(), c.getDecisionMessage(),
                attachments.stream().map(AttachmentView::of).toList());
    }
}
