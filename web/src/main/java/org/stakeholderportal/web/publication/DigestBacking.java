package org.stakeholderportal.web.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
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
