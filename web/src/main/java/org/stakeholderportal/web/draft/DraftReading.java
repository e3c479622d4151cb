package org.stakeholderportal.web.draft;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.publication.boundary.PublishedInput;
import org.stakeholderportal.publication.entity.PublishedContribution;
import org.stakeholderportal.publication.control.Redline;
import org.stakeholderportal.draft.boundary.ConsultationWindows;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.ArticleText;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.web.platform.Languages;

/**
 * The public reading pages: drafts/index.xhtml (processes and drafts), drafts/draft.xhtml (one draft's table
 * of contents) and drafts/article.xhtml (one article, its paragraphs and what changed). Request-scoped and
 * stateless: every page is a plain GET that can be linked, bookmarked and cached.
 */
@Named
@RequestScoped
public class DraftReading {

    @Inject
    Drafts drafts;

    @Inject
    ConsultationWindows windows;

    @Inject
    PortalClock clock;

    @Inject
    Contributions contributions;

    @Inject
    Languages languages;

    @Inject
    PublishedInput publishedInput;

    private Long draftId;
    private String articleAnchor;
    private boolean changes;

    private Draft draft;
    private List<TocGroup> tableOfContents;
    private ArticleText article;
    private Deadline deadline;
    private Map<Long, Long> published = Map.of();
    private List<PublishedContribution> input = List.of();
    private String text;
    private List<String> textLanguages = List.of();
    private Map<Long, org.stakeholderportal.draft.entity.ProvisionTranslation> translated = Map.of();

    public void loadDraft() throws IOException {
        Optional<Draft> found = draftId == null ? Optional.empty() : drafts.draft(draftId);
        if (found.isEmpty()) {
            notFound();
            return;
        }
        draft = found.get();
        tableOfContents = TocGroup.of(drafts.tableOfContents(draftId));
        published = contributions.publishedPerArticle(draftId);
        deadline = deadlineOf(draft);
    }

    public void loadArticle() throws IOException {
        Optional<ArticleText> found = draftId == null || articleAnchor == null
                ? Optional.empty() : drafts.article(draftId, articleAnchor, changes);
        if (found.isEmpty()) {
            notFound();
            return;
        }
        article = found.get();
        draft = article.getDraft();
        published = contributions.publishedPerArticle(draftId);
        input = publishedInput.onArticle(article.getArticle().getId());
        deadline = deadlineOf(draft);
        textLanguages = drafts.languageVersions(draftId);
        if (text != null && textLanguages.contains(text)) {
            List<Long> ids = new java.util.ArrayList<>();
            ids.add(article.getArticle().getId());
            article.getParagraphs().forEach(p -> ids.add(p.getId()));
            translated = drafts.translations(ids, text);
        } else {
            text = null;
        }
    }

    /** Published input on the article beyond what this page shows (it shows the first {@code PublishedInput.MAX}). */
    public long getMoreInput() {
        return article == null ? 0 : Math.max(0, publishedOn(article.getArticle().getId()) - input.size());
    }

    public String getMoreInputLabel() {
        return org.stakeholderportal.web.platform.Messages.text("article.moreInput", getMoreInput());
    }

    /** The draft's own language (the first it declares), in which input refers to it. */
    public String getOriginalLanguage() {
        return draft == null ? "en" : draft.getLanguages().split(",")[0].strip();
    }

    /** The languages the article can be read in: the draft's own, then its language versions. */
    public List<String> getTextLanguages() {
        List<String> all = new java.util.ArrayList<>();
        all.add(getOriginalLanguage());
        textLanguages.stream().filter(l -> !all.contains(l)).forEach(all::add);
        return all;
    }

    /** The language the text is shown in now. */
    public String getTextLanguage() {
        return text == null ? getOriginalLanguage() : text;
    }

    public String getTextDirection() {
        return "ar".equals(getTextLanguage()) ? "rtl" : "ltr";
    }

    /** A provision's number, heading and text in the language chosen (the draft's own where the version lacks it). */
    public String num(org.stakeholderportal.draft.entity.Provision p) {
        var t = translated.get(p.getId());
        return t == null ? p.getNum() : t.getNum();
    }

    public String heading(org.stakeholderportal.draft.entity.Provision p) {
        var t = translated.get(p.getId());
        return t == null ? p.getHeading() : t.getHeading();
    }

    public String body(org.stakeholderportal.draft.entity.Provision p) {
        var t = translated.get(p.getId());
        return t == null ? p.getBody() : t.getBody();
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }

    /** How many contributions on this article the secretariat has published. */
    public long publishedOn(long articleId) {
        return published.getOrDefault(articleId, 0L);
    }

    /** Published input on the article as a whole (no paragraph chosen). */
    public List<PublishedContribution> getInputOnArticle() {
        return input.stream().filter(c -> c.getParagraphIds().isEmpty()).toList();
    }

    /** Published input anchored to one paragraph, shown next to it. */
    public List<PublishedContribution> inputOn(long paragraphId) {
        return input.stream().filter(c -> c.getParagraphIds().contains(paragraphId)).toList();
    }

    /** A published contribution's proposed wording against the text it would replace. */
    public String redline(PublishedContribution contribution) {
        return Redline.of(contribution.getProposedWording(), contribution.getParagraphIds(), article);
    }

    public List<NegotiationProcess> getProcesses() {
        return drafts.processes();
    }

    public List<Draft> draftsOf(NegotiationProcess process) {
        return drafts.drafts(process.getId());
    }

    private Deadline deadlineOf(Draft d) {
        return windows.current(d.getId())
                .map(w -> new Deadline(w, clock.now(), d.getProcess().officialZone(), languages.getLocale()))
                .orElse(null);
    }

    private static void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(404, "Not found");
        context.responseComplete();
    }

    public String getDraftId() { return draftId == null ? null : draftId.toString(); }

    /** Taken as text: an address with a mistyped number is a page that does not exist (404), not a form error. */
    public void setDraftId(String draftId) {
        try {
            this.draftId = draftId == null ? null : Long.valueOf(draftId.trim());
        } catch (NumberFormatException e) {
            this.draftId = null;
        }
    }
    public String getArticleAnchor() { return articleAnchor; }
    public void setArticleAnchor(String articleAnchor) { this.articleAnchor = articleAnchor; }
    public boolean isChanges() { return changes; }
    public void setChanges(boolean changes) { this.changes = changes; }
    public Draft getDraft() { return draft; }
    public List<TocGroup> getTableOfContents() { return tableOfContents; }
    public ArticleText getArticle() { return article; }
    public Deadline getDeadline() { return deadline; }
}
