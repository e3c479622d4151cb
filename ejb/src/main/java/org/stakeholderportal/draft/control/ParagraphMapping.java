package org.stakeholderportal.draft.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells, between two revisions of a draft, which provision became which, so that comments on revision N stay
 * attached when revision N+1 is published. Identical texts are paired first; then the most similar pairs (token
 * Dice coefficient of at least {@value #THRESHOLD}), preferring the same number and the same position. Each new
 * provision is paired at most once; an old one left over was removed, a new one left over was added.
 * <p>
 * Works on articles ({@link #ofArticles}, compared by heading and whole text, so that "Article 40 bis" renumbered
 * "Article 41" is found), on the paragraphs and subparagraphs of one article ({@link #ofParagraphs}), or on any two
 * ordered lists of nodes ({@link #between}).
 */
public final class ParagraphMapping {

    /** Below this share of common words two provisions are taken to be different ones. */
    public static final double THRESHOLD = 0.5;

    private final List<ProvisionCorrespondence> correspondences;

    private ParagraphMapping(List<ProvisionCorrespondence> correspondences) {
        this.correspondences = Collections.unmodifiableList(correspondences);
    }

    /** Maps the articles of two revisions, wherever they are grouped. */
    public static ParagraphMapping ofArticles(DraftOutline previous, DraftOutline next) {
        return between(previous.getArticles(), next.getArticles());
    }

    /** Maps the paragraphs and subparagraphs (at any depth, in document order) of one article across revisions. */
    public static ParagraphMapping ofParagraphs(OutlineNode previousArticle, OutlineNode nextArticle) {
        return between(provisionsBelow(previousArticle), provisionsBelow(nextArticle));
    }

    /** Maps two ordered lists of nodes. */
    public static ParagraphMapping between(List<OutlineNode> previous, List<OutlineNode> next) {
        List<Candidate> olds = candidates(previous);
        List<Candidate> news = candidates(next);
        Map<Candidate, Candidate> pairs = new LinkedHashMap<>();
        Map<Candidate, Double> scores = new HashMap<>();
        boolean[] taken = new boolean[news.size()];

        for (Candidate old : olds) {
            Candidate best = null;
            for (Candidate candidate : news) {
                if (taken[candidate.position] || !old.comparison.equals(candidate.comparison)
                        || (old.comparison.isEmpty() && !old.sameNumber(candidate))) {
                    continue;
                }
                if (best == null || old.preference(candidate) > old.preference(best)) {
                    best = candidate;
                }
            }
            if (best != null) {
                taken[best.position] = true;
                pairs.put(old, best);
                scores.put(old, 1.0);
            }
        }

        List<Pairing> similar = new ArrayList<>();
        for (Candidate old : olds) {
            if (pairs.containsKey(old)) {
                continue;
            }
            for (Candidate candidate : news) {
                if (!taken[candidate.position]) {
                    double score = old.similarity(candidate);
                    if (score >= THRESHOLD) {
                        similar.add(new Pairing(old, candidate, score));
                    }
                }
            }
        }
        similar.sort(Comparator.comparingDouble((Pairing p) -> p.score + p.old.preference(p.candidate))
                .reversed());
        for (Pairing pairing : similar) {
            if (!pairs.containsKey(pairing.old) && !taken[pairing.candidate.position]) {
                taken[pairing.candidate.position] = true;
                pairs.put(pairing.old, pairing.candidate);
                scores.put(pairing.old, pairing.score);
            }
        }

        List<ProvisionCorrespondence> result = new ArrayList<>();
        for (Candidate old : olds) {
            Candidate matched = pairs.get(old);
            if (matched == null) {
                result.add(new ProvisionCorrespondence(old.node, null, ProvisionChange.REMOVED, 0));
                continue;
            }
            double score = scores.get(old);
            ProvisionChange change = !old.sameNumber(matched) ? ProvisionChange.MOVED
                    : old.comparison.equals(matched.comparison) ? ProvisionChange.UNCHANGED : ProvisionChange.CHANGED;
            result.add(new ProvisionCorrespondence(old.node, matched.node, change, score));
        }
        for (Candidate candidate : news) {
            if (!taken[candidate.position]) {
                result.add(new ProvisionCorrespondence(null, candidate.node, ProvisionChange.ADDED, 0));
            }
        }
        return new ParagraphMapping(result);
    }

    /** Every old provision in order, then the added ones in order. */
    public List<ProvisionCorrespondence> getCorrespondences() {
        return correspondences;
    }

    /** Where the provision at an old anchor is now; empty when it was removed or never existed. */
    public Optional<String> newAnchorFor(String previousAnchor) {
        for (ProvisionCorrespondence correspondence : correspondences) {
            if (previousAnchor.equals(correspondence.getPreviousAnchor())) {
                return Optional.ofNullable(correspondence.getNextAnchor());
            }
        }
        return Optional.empty();
    }

    /** The correspondence of an old anchor, if that anchor was in the earlier revision. */
    public Optional<ProvisionCorrespondence> forPrevious(String previousAnchor) {
        return correspondences.stream().filter(c -> previousAnchor.equals(c.getPreviousAnchor())).findFirst();
    }

    private static List<OutlineNode> provisionsBelow(OutlineNode article) {
        List<OutlineNode> provisions = new ArrayList<>();
        collect(article.getChildren(), provisions);
        return provisions;
    }

    private static void collect(List<OutlineNode> level, List<OutlineNode> provisions) {
        for (OutlineNode node : level) {
            if (node.getKind() == NodeKind.PARAGRAPH || node.getKind() == NodeKind.SUBPARAGRAPH) {
                provisions.add(node);
            }
            collect(node.getChildren(), provisions);
        }
    }

    private static List<Candidate> candidates(List<OutlineNode> nodes) {
        List<Candidate> candidates = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            candidates.add(new Candidate(nodes.get(i), i));
        }
        return candidates;
    }

    /** A node with what it is compared on, computed once. */
    private static final class Candidate {
        final OutlineNode node;
        final int position;
        /** Heading and whole text, normalised: what "the same provision" means. */
        final String comparison;
        final Map<String, Integer> words = new HashMap<>();
        final int wordCount;
        final String numberKey;

        Candidate(OutlineNode node, int position) {
            this.node = node;
            this.position = position;
            List<String> all = WordDiff.words(node.getHeading() + " " + node.getFullText());
            this.comparison = String.join(" ", all);
            for (String word : all) {
                words.merge(word, 1, Integer::sum);
            }
            this.wordCount = all.size();
            String key = node.getSortKey();
            this.numberKey = key.isEmpty() ? node.getNum() : key;
        }

        boolean sameNumber(Candidate other) {
            return numberKey.equals(other.numberKey);
        }

        /** A small bonus that decides between equally good candidates: same number first, then nearby. */
        double preference(Candidate other) {
            return (sameNumber(other) ? 0.02 : 0) + (position == other.position ? 0.01 : 0)
                    - Math.min(Math.abs(position - other.position), 100) * 0.0001;
        }

        /** Dice coefficient of the two bags of words. */
        double similarity(Candidate other) {
            if (wordCount + other.wordCount == 0) {
                return 0;
            }
            int common = 0;
            for (Map.Entry<String, Integer> word : words.entrySet()) {
                common += Math.min(word.getValue(), other.words.getOrDefault(word.getKey(), 0));
            }
            return 2.0 * common / (wordCount + other.wordCount);
        }
    }

    private static final class Pairing {
        final Candidate old;
        final Candidate candidate;
        final double score;

        Pairing(Candidate old, Candidate candidate, double score) {
            this.old = old;
            this.candidate = candidate;
            this.score = score;
        }
    }
}
