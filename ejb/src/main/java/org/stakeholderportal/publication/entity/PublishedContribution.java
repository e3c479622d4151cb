package org.stakeholderportal.publication.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.stakeholderportal.contribution.entity.Attachment;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.organisation.entity.UnRegion;

/**
 * A contribution as the public reads it: what the organisation said and who it is. Nothing of the review
 * (reviewers, notes, earlier versions) and nothing of the organisation's members is in here.
 */
public class PublishedContribution implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String number;
    private final ContributionKind kind;
    private final String title;
    private final String commentHtml;
    private final String proposedWording;
    private final String rationale;
    private final String language;
    private final Long articleId;
    private final Set<Long> paragraphIds;
    private final long organisationId;
    private final String organisation;
    private final String category;
    private final UnRegion region;
    private final boolean organisationSuspended;
    private final Instant publishedAt;
    private final List<Attachment> attachments;
    private final List<CoSigner> coSigners;

    public PublishedContribution(long id, String number, ContributionKind kind, String title, String commentHtml,
            String proposedWording, String rationale, String language, Long articleId, Set<Long> paragraphIds, long organisationId,
            String organisation, String category, UnRegion region, boolean organisationSuspended, Instant publishedAt,
            List<Attachment> attachments, List<CoSigner> coSigners) {
        this.id = id;
        this.number = number;
        this.kind = kind;
        this.title = title;
        this.commentHtml = commentHtml;
        this.proposedWording = proposedWording;
        this.rationale = rationale;
        this.language = language;
        this.articleId = articleId;
        this.paragraphIds = Set.copyOf(paragraphIds);
        this.organisationId = organisationId;
        this.organisation = organisation;
        this.category = category;
        this.region = region;
        this.organisationSuspended = organisationSuspended;
        this.publishedAt = publishedAt;
        this.attachments = List.copyOf(attachments);
        this.coSigners = List.copyOf(coSigners);
    }

    public long getId() { return id; }
    public String getNumber() { return number; }
    public ContributionKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getCommentHtml() { return commentHtml; }
    public String getProposedWording() { return proposedWording; }
    public String getRationale() { return rationale; }
    public String getLanguage() { return language; }
    public Long getArticleId() { return articleId; }
    public Set<Long> getParagraphIds() { return paragraphIds; }
    public long getOrganisationId() { return organisationId; }
    public String getOrganisation() { return organisation; }
    public String getCategory() { return category; }
    public UnRegion getRegion() { return region; }
    public boolean isOrganisationSuspended() { return organisationSuspended; }
    public Instant getPublishedAt() { return publishedAt; }
    public List<Attachment> getAttachments() { return attachments; }
    /** The organisations that co-signed the version published, in the order they endorsed it. */
    public List<CoSigner> getCoSigners() { return coSigners; }

    /** The coalition (the organisation and its co-signers) counted by stakeholder category, the organisation's first. */
    public java.util.Map<String, Long> getCoalitionByCategory() {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        counts.put(category, 1L);
        coSigners.forEach(c -> counts.merge(c.getCategory(), 1L, Long::sum));
        return counts;
    }

    /** The regional groups of the coalition, the organisation's first. */
    public java.util.List<UnRegion> getCoalitionRegions() {
        java.util.Set<UnRegion> regions = new java.util.LinkedHashSet<>();
        regions.add(region);
        coSigners.forEach(c -> regions.add(c.getRegion()));
        return java.util.List.copyOf(regions);
    }

    /** A coalition across stakeholder categories (e.g. civil society with industry). */
    public boolean isCrossSector() {
        return getCoalitionByCategory().size() > 1;
    }
}
