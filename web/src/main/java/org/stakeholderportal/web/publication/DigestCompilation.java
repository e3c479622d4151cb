package org.stakeholderportal.web.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.ArticleText;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.TocEntry;
import org.stakeholderportal.publication.boundary.Digests;
import org.stakeholderportal.publication.boundary.PublishedInput;
import org.stakeholderportal.publication.control.Redline;
import org.stakeholderportal.publication.entity.DigestStatistics;
import org.stakeholderportal.publication.entity.PublishedContribution;
import org.stakeholderportal.web.platform.OpenData;

/**
 * A draft's digest as the page, the JSON and the CSV show it: the statistics, then the input article by article,
 * all of it published up to one moment ({@link #getCutoff}). The JSON and the CSV are written a page of input at a
 * time, whatever the size of the digest; the page shows the first {@value #PREVIEW} contributions of each article
 * and says how many more the article page and the documents hold.
 */
public final class DigestCompilation {

    static final int PREVIEW = 100;
    static final int PAGE = 200;

    /** One article's published input (or the general comments, with no article), as far as the page shows it. */
    public static final class Section {
        private final ArticleText article;
        private final List<PublishedContribution> input;
        private final long total;

        Section(ArticleText article, List<PublishedContribution> input, long total) {
            this.article = article;
            this.input = input;
            this.total = total;
        }

        public ArticleText getArticle() { return article; }
        public List<PublishedContribution> getInput() { return input; }
        /** How much was published on it in all; more than {@link #getInput} when the page shows only the first ones. */
        public long getTotal() { return total; }
        public long getMore() { return total - input.size(); }

        public String redline(PublishedContribution contribution) {
            return Redline.of(contribution.getProposedWording(), contribution.getParagraphIds(), article);
        }
    }

    /** What {@link #forEach} reports: a new section (article null for general comments), then its input. */
    public interface Visitor {
        void section(TocEntry article) throws IOException;

        void contribution(PublishedContribution contribution) throws IOException;
    }

    private final long draftId;
    private final Instant cutoff;
    private final DigestStatistics statistics;
    private final Drafts drafts;
    private final PublishedInput publishedInput;
    private List<Section> sections;

    private DigestCompilation(long draftId, Instant cutoff, DigestStatistics statistics, Drafts drafts, PublishedInput publishedInput) {
        this.draftId = draftId;
        this.cutoff = cutoff;
        this.statistics = statistics;
        this.drafts = drafts;
        this.publishedInput = publishedInput;
    }

    public static DigestCompilation of(long draftId, Drafts drafts, Digests digests, PublishedInput publishedInput) {
        Instant cutoff = digests.now();
        return new DigestCompilation(draftId, cutoff, digests.statistics(draftId, cutoff), drafts, publishedInput);
    }

    /** The sections the page shows, each with at most {@value #PREVIEW} contributions. */
    public List<Section> getSections() {
        if (sections == null) {
            sections = new ArrayList<>();
            for (Map.Entry<String, Long> counted : statistics.getByArticle().entrySet()) {
                if (counted.getKey().isEmpty()) {
                    sections.add(new Section(null, preview(publishedInput.onWholeDraft(draftId)), counted.getValue()));
                } else {
                    drafts.article(draftId, counted.getKey(), false).ifPresent(article -> sections.add(new Section(article,
                            preview(publishedInput.onArticle(article.getArticle().getId())), counted.getValue())));
                }
            }
        }
        return sections;
    }

    private List<PublishedContribution> preview(List<PublishedContribution> input) {
        return input.stream().filter(c -> !c.getPublishedAt().isAfter(cutoff)).limit(PREVIEW).toList();
    }

    /** Every contribution of the digest in order, a page at a time, with a {@link Visitor#section} call before each article's. */
    public void forEach(Visitor visitor) throws IOException {
        Map<Long, TocEntry> articles = new HashMap<>();
        drafts.tableOfContents(draftId).forEach(entry -> articles.put(entry.getId(), entry));
        List<Long> order = publishedInput.inDigestOrder(draftId, cutoff);
        boolean first = true;
        Long current = null;
        for (int from = 0; from < order.size(); from += PAGE) {
            for (PublishedContribution c : publishedInput.byIds(order.subList(from, Math.min(order.size(), from + PAGE)))) {
                if (first || !Objects.equals(current, c.getArticleId())) {
                    current = c.getArticleId();
                    visitor.section(current == null ? null : articles.get(current));
                    first = false;
                }
                visitor.contribution(c);
            }
        }
    }

    /**
     * The digest as open data, written as it is read: {@code {"articles":[{"article","contributions","heading","num"}],
     * "draft","statistics"}} (keys in JSON-B's order, as every other answer of the API).
     */
    public void writeJson(Draft draft, OutputStream out) throws IOException {
        Writer json = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        json.write("{\"articles\":[");
        JsonSections sections = new JsonSections(json);
        forEach(sections);
        sections.end();
        json.write("],\"draft\":" + OpenData.toJson(OpenDataViews.DraftView.of(draft)) + ",\"statistics\":" + OpenData.toJson(statistics) + "}");
        json.flush();
    }

    /** Writes each article's input as {"article", "contributions", "heading", "num"}, the keys in JSON-B's order. */
    private static final class JsonSections implements Visitor {
        private final Writer json;
        private boolean firstSection = true;
        private boolean firstInSection = true;
        private TocEntry open;

        JsonSections(Writer json) {
            this.json = json;
        }

        @Override
        public void section(TocEntry article) throws IOException {
            end();
            if (!firstSection) {
                json.write(',');
            }
            json.write("{\"article\":" + value(article == null ? null : article.getAnchor()) + ",\"contributions\":[");
            open = article;
            firstSection = false;
            firstInSection = true;
        }

        @Override
        public void contribution(PublishedContribution c) throws IOException {
            if (!firstInSection) {
                json.write(',');
            }
            json.write(OpenData.toJson(OpenDataViews.ContributionView.of(c)));
            firstInSection = false;
        }

        /** Closes the open section, if any. */
        void end() throws IOException {
            if (!firstSection && open != CLOSED) {
                json.write("],\"heading\":" + value(open == null ? null : open.getHeading()) + ",\"num\":"
                        + value(open == null ? null : open.getNum()) + "}");
                open = CLOSED;
            }
        }

        private static String value(String text) {
            return text == null ? "null" : OpenData.toJson(text);
        }

        private static final TocEntry CLOSED = new TocEntry(-1, null, null, null, null, 0, null);
    }

    /** The JSON document of this digest, as released and kept. */
    public byte[] json(Draft draft) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeJson(draft, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public int getContributionCount() {
        return (int) statistics.getTotal();
    }

    public Instant getCutoff() { return cutoff; }
    public DigestStatistics getStatistics() { return statistics; }
}
