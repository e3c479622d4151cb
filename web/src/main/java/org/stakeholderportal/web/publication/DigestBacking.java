package org.stakeholderportal.web.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.publication.boundary.DigestFiles;
import org.stakeholderportal.publication.entity.DigestFile;
import org.stakeholderportal.publication.entity.PublishedDigest;
import org.stakeholderportal.web.platform.Messages;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.publication.boundary.Digests;
import org.stakeholderportal.publication.boundary.PublishedInput;

/** drafts/digest.xhtml: the digest of published stakeholder input on a draft, for everyone. */
@Named
@RequestScoped
public class DigestBacking {

    @Inject
    Drafts drafts;

    @Inject
    Digests digests;

    @Inject
    PublishedInput publishedInput;

    @Inject
    DigestFiles files;

    @Inject
    org.stakeholderportal.web.platform.Languages languages;

    private List<PublishedDigest> releases;
    private Map<Long, List<DigestFile>> releaseFiles;

    private Long draftId;
    private Draft draft;
    private DigestCompilation compilation;

    public void load() throws IOException {
        draft = draftId == null ? null : drafts.draft(draftId).orElse(null);
        if (draft == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, "Not found");
            context.responseComplete();
            return;
        }
        compilation = DigestCompilation.of(draftId, drafts, digests, publishedInput);
    }

    /** Releases the digest as it is now (secretariat): kept byte for byte, with its SHA-256, beside the earlier ones. */
    public String release() {
        if (draft == null) {
            return null;
        }
        try {
            PublishedDigest released = digests.publish(draftId, compilation.json(draft), compilation.getContributionCount(),
                    languages.getCode(), compilation.getCutoff());
            Messages.info("digest.released", released.getNumber(), released.getSha256());
            releases = null;
            releaseFiles = null;
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    public List<PublishedDigest> getReleases() {
        if (releases == null) {
            releases = draft == null ? List.of() : digests.published(draftId);
        }
        return releases;
    }

    /** The PDF and DOCX documents of a release, done or on their way. */
    public List<DigestFile> files(PublishedDigest release) {
        if (releaseFiles == null) {
            releaseFiles = files.ofReleases(getReleases().stream().map(PublishedDigest::getId).toList());
        }
        return releaseFiles.getOrDefault(release.getId(), List.of());
    }

    /** "250 more contributions on this article …" under a section the page shows only the start of. */
    public String more(DigestCompilation.Section section) {
        return Messages.text("digest.more", section.getMore());
    }

    /** A file size as a reader reads it: 1.2 MB. */
    public String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(languages.getLocale());
        format.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024 ? format.format(bytes / 1024.0) + " KB" : format.format(bytes / (1024.0 * 1024)) + " MB";
    }

    /** Each count as a share of the largest in its table, for the bar drawn beside it. */
    public long percent(Map<String, Long> counts, long count) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return max == 0 ? 0 : Math.round(100.0 * count / max);
    }

    public Long getDraftId() { return draftId; }
    public void setDraftId(Long draftId) { this.draftId = draftId; }
    public Draft getDraft() { return draft; }
    public DigestCompilation getCompilation() { return compilation; }
}
