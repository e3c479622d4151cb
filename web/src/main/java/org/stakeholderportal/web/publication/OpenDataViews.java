package org.stakeholderportal.web.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.stakeholderportal.contribution.entity.Attachment;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.draft.entity.Provision;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.publication.entity.PublishedContribution;

/** The shapes of the open-data API: public facts only, no internal fields. */
public final class OpenDataViews {

    private OpenDataViews() {
    }

    public record ProcessView(long id, String code, String name, String officialTimeZone) {
        public static ProcessView of(NegotiationProcess p) {
            return new ProcessView(p.getId(), p.getCode(), p.getName(), p.getOfficialTimeZone());
        }
    }

    public record DraftView(long id, long processId, Long predecessorId, String documentSymbol, String title, String versionLabel,
            LocalDate draftDate, int articleCount, String akomaNtoso) {
        public static DraftView of(Draft d) {
            return new DraftView(d.getId(), d.getProcess().getId(), d.getPredecessor() == null ? null : d.getPredecessor().getId(),
                    d.getDocumentSymbol(), d.getTitle(), d.getVersionLabel(), d.getDraftDate(), d.getArticleCount(),
                    "/api/drafts/" + d.getId() + "/akoma-ntoso");
        }
    }

    public record TocView(String kind, String num, String heading, String anchor, int depth) {
    }

    public record DraftWithContents(DraftView draft, List<TocView> contents) {
    }

    public record ParagraphView(long id, String anchor, String num, String text) {
        public static ParagraphView of(Provision p) {
            return new ParagraphView(p.getId(), p.getAnchor(), p.getNum(), p.getBody());
        }
    }

    public record ArticleView(long id, long draftId, String anchor, String num, String heading, String text, List<ParagraphView> paragraphs) {
    }

    public record OrganisationView(long id, String name, String nameEnglish, String acronym, String category, String country,
            String region, String ecosocStatus, String website, String accreditation, String input) {
        public static OrganisationView of(Accreditation a) {
            var o = a.getOrganisation();
            return new OrganisationView(o.getId(), o.getName(), o.getNameEnglish(), o.getAcronym(), o.getCategory(), o.getCountry(),
                    o.getRegion().name(), o.getEcosocStatus().name(), o.getWebsite(), a.getStatus().name(),
                    "/organisations/input.xhtml?id=" + o.getId());
        }
    }

    public record AttachmentView(String fileName, String mediaType, long size, String sha256, String href) {
        public static AttachmentView of(Attachment a) {
            return new AttachmentView(a.getFileName(), a.getMediaType(), a.getSizeBytes(), a.getSha256(), "/api/attachments/" + a.getId());
        }
    }

    public record ContributionView(long id, String number, String kind, String title, String commentHtml, String proposedWording,
            String rationale, String language, Long articleId, List<Long> paragraphIds, long organisationId, String organisation,
            String category, String region, boolean organisationSuspended, Instant publishedAt, List<AttachmentView> attachments,
            List<String> coSigners) {
        public static ContributionView of(PublishedContribution c) {
            return new ContributionView(c.getId(), c.getNumber(), c.getKind().name(), c.getTitle(), c.getCommentHtml(),
                    c.getProposedWording(), c.getRationale(), c.getLanguage(), c.getArticleId(),
                    c.getParagraphIds().stream().sorted().toList(), c.getOrganisationId(), c.getOrganisation(), c.getCategory(),
                    c.getRegion().name(), c.isOrganisationSuspended(), c.getPublishedAt(),
                    c.getAttachments().stream().map(AttachmentView::of).toList(),
                    c.getCoSigners().stream().map(org.stakeholderportal.publication.entity.CoSigner::getName).toList());
        }
    }

    /** One page of a longer list, with where the next one is. */
    public record Page<T>(long total, int page, int size, List<T> items, String next) {
    }
}
