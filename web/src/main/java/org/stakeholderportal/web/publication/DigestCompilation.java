package org.stakeholderportal.web.publication;

import java.util.ArrayList;
import java.util.List;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.ArticleText;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.publication.boundary.Digests;
import org.stakeholderportal.publication.boundary.PublishedInput;
import org.stakeholderportal.publication.entity.DigestStatistics;
import org.stakeholderportal.publication.entity.PublishedContribution;
import org.stakeholderportal.publication.control.Redline;
import org.stakeholderportal.web.platform.OpenData;

/** A draft's digest as the page, the JSON and the CSV show it: the statistics, then the input article by article. */
public final class DigestCompilation {

    /** One article's published input (or the general comments, with no article). */
    public static final class Section {
        private final ArticleText article;
        private final List<PublishedContribution> input;

        Section(ArticleText article, List<PublishedContribution> input) {
            this.article = article;
            this.input = input;
        }

        public ArticleText getArticle() { return article; }
        public List<PublishedContribution> getInput() { return input; }

        public String redline(PublishedContribution contribution) {
            return Redline.of(contribution.getProposedWording(), contribution.getParagraphIds(), article);
        }
    }

    private final DigestStatistics statistics;
    private final List<Section> sections;

    private DigestCompilation(DigestStatistics statistics, List<Section> sections) {
        this.statistics = statistics;
        this.sections = sections;
    }

    public static DigestCompilation of(long draftId, Drafts drafts, Digests digests, PublishedInput publishedInput) {
        DigestStatistics statistics = digests.statistics(draftId);
        List<Section> sections = new ArrayList<>();
        for (String anchor : statistics.getByArticle().keySet()) {
            if (anchor.isEmpty()) {
                sections.add(new Section(null, publishedInput.onWholeDraft(draftId)));
            } else {
                drafts.article(draftId, anchor, false)
                        .ifPresent(article -> sections.add(new Section(article, publishedInput.onArticle(article.getArticle().getId()))));
            }
        }
        return new DigestCompilation(statistics, sections);
    }

    /** The digest as open data: statistics, then each article's published input. */
    public record DigestView(OpenDataViews.DraftView draft, DigestStatistics statistics, List<DigestSection> articles) {
    }

    /** One article's published input in the digest; the article is null for general comments on the whole draft. */
    public record DigestSection(String article, String num, String heading, List<OpenDataViews.ContributionView> contributions) {
    }

    /** The JSON document of this digest, byte for byte as it is served and, when released, kept. */
    public byte[] json(Draft draft) {
        List<DigestSection> articles = sections.stream().map(section -> new DigestSection(
                section.getArticle() == null ? null : section.getArticle().getArticle().getAnchor(),
                section.getArticle() == null ? null : section.getArticle().getArticle().getNum(),
                section.getArticle() == null ? null : section.getArticle().getArticle().getHeading(),
                section.getInput().stream().map(OpenDataViews.ContributionView::of).toList())).toList();
        return OpenData.bytes(new DigestView(OpenDataViews.DraftView.of(draft), statistics, articles));
    }

    public int getContributionCount() {
        return sections.stream().mapToInt(section -> section.getInput().size()).sum();
    }

    public DigestStatistics getStatistics() { return statistics; }
    public List<Section> getSections() { return sections; }
}
