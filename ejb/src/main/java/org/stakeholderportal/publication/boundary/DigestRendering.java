package org.stakeholderportal.publication.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.ArticleText;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.Provision;
import org.stakeholderportal.draft.entity.TocEntry;
import org.stakeholderportal.publication.control.DigestDocx;
import org.stakeholderportal.publication.control.DigestEntry;
import org.stakeholderportal.publication.control.DigestHeading;
import org.stakeholderportal.publication.control.DigestPdf;
import org.stakeholderportal.publication.control.DigestWriter;
import org.stakeholderportal.publication.control.Redline;
import org.stakeholderportal.publication.entity.DigestFile;
import org.stakeholderportal.publication.entity.DigestStatistics;
import org.stakeholderportal.publication.entity.PublishedDigest;

/**
 * Generates the queued documents of released digests in the background, one at a time per server (the work is
 * CPU-bound), reading the input page by page and writing it straight to a file, so a digest of any size needs
 * only a page of input in memory. Progress is saved after every page for the digest page's progress bar; a
 * document that fails is marked so, with the reason, and a server that stops leaves its document to be redone.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DigestRendering {

    private static final Logger LOG = Logger.getLogger(DigestRendering.class.getName());
    static final int PAGE = 200;
    private static final String LABELS = "org.stakeholderportal.publication.DigestLabels";

    @EJB
    DigestFiles files;

    @EJB
    Digests digests;

    @EJB
    Drafts drafts;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean busy = new AtomicBoolean();

    @PostConstruct
    void start() {
        int requeued = files.requeueInterrupted();
        if (requeued > 0) {
            LOG.info(() -> requeued + " digest documents interrupted by the last stop are queued again");
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        if (busy.compareAndSet(false, true)) {
            try {
                executor.submit(this::drain);
            } catch (RuntimeException e) {
                busy.set(false);
                throw e;
            }
        }
    }

    private void drain() {
        try {
            for (var next = files.claimNext(); next.isPresent(); next = files.claimNext()) {
                render(next.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Digest documents not generated: " + e.getMessage(), e);
        } finally {
            busy.set(false);
        }
    }

    private void render(long fileId) {
        DigestFile file = files.file(fileId).orElseThrow();
        long started = System.nanoTime();
        Path temporary = null;
        try {
            PublishedDigest digest = digests.publishedDigest(file.getPublishedDigestId()).orElseThrow();
            Draft draft = drafts.draft(digest.getDraftId()).orElseThrow();
            Locale locale = Locale.forLanguageTag(file.getLanguage());
            ResourceBundle labels = ResourceBundle.getBundle(LABELS, locale, DigestRendering.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, String> articleLabels = articleLabels(draft.getId(), labels);
            DigestStatistics statistics = digests.statistics(draft.getId(), digest.getCoversUntil());
            DigestHeading heading = new DigestHeading(draft.getProcess().getName(), draft.getTitle(), draft.getVersionLabel(),
                    digest.getPublishedAt(), draft.getProcess().officialZone(), locale, statistics.getTotal(),
                    relabel(statistics.getByArticle(), key -> key.isEmpty() ? label(labels, "contribution.onWholeDraft", key)
                            : articleLabels.getOrDefault(key, key)),
                    relabel(statistics.getByCategory(), key -> label(labels, "category." + key, key)),
                    relabel(statistics.getByRegion(), key -> label(labels, "region." + key, key)),
                    relabel(statistics.getByKind(), key -> label(labels, "contribution.kind." + key, key)),
                    relabel(statistics.getByLanguage(), key -> label(labels, "language." + key, key)));
            List<Long> order = files.order(draft.getId(), digest.getCoversUntil());

            Path folder = DigestFiles.folder();
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "digest-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16), sha256);
                    DigestWriter writer = file.getFormat() == DigestFile.Format.PDF ? new DigestPdf(out) : new DigestDocx(out)) {
                writer.begin(heading);
                boolean first = true;
                Long currentArticle = null;
                ArticleText article = null;
                for (int from = 0; from < order.size(); from += PAGE) {
                    for (DigestFiles.Row row : files.rows(order.subList(from, Math.min(order.size(), from + PAGE)))) {
                        Contribution c = row.contribution();
                        if (first || !Objects.equals(currentArticle, c.getArticleId())) {
                            currentArticle = c.getArticleId();
                            article = currentArticle == null ? null : drafts.articleById(currentArticle).orElse(null);
                            writer.article(article == null ? null : articleLabels.getOrDefault(article.getArticle().getAnchor(),
                                    article.getArticle().getAnchor()), article == null ? null : text(article));
                            first = false;
                        }
                        String organisation = row.coSigners().isEmpty() ? row.organisation().getName()
                                : row.organisation().getName() + " " + label(labels, "jointlyWith", "({0})")
                                        .replace("{0}", String.join(", ", row.coSigners()));
                        writer.entry(new DigestEntry(c.getSubmissionNumber(), organisation,
                                label(labels, "category." + row.organisation().getCategory(), row.organisation().getCategory()),
                                label(labels, "region." + row.organisation().getRegion().name(), row.organisation().getRegion().name()),
                                label(labels, "contribution.kind." + c.getKind().name(), c.getKind().name()),
                                label(labels, "language." + c.getLanguage(), c.getLanguage()), c.getTitle(), c.getDecidedAt(),
                                c.getCommentHtml(), Redline.segments(c.getProposedWording(), c.getParagraphIds(), article),
                                c.getRationale(), row.suspendedSince()));
                    }
                    files.progress(fileId, Math.min(order.size(), from + PAGE));
                }
                writer.finish();
            }
            String sha = HexFormat.of().formatHex(sha256.digest());
            long size = Files.size(temporary);
            Path target = folder.resolve(sha + "." + file.getFormat().getExtension());
            if (Files.exists(target)) {
                Files.delete(temporary);
            } else {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            temporary = null;
            files.finished(fileId, sha, size);
            LOG.info(() -> "Digest " + file.getFormat() + " (" + file.getLanguage() + ") of release " + file.getPublishedDigestId() + ": "
                    + order.size() + " contributions, " + size + " bytes in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
            LOG.log(Level.WARNING, "Digest document " + fileId + " failed: " + e.getMessage(), e);
            files.failed(fileId, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "temporary digest file left: " + temporary, e);
                }
            }
        }
    }

    /** "Article 24 · Conditions and safeguards" for each article anchor of the draft, in the document's language. */
    private Map<String, String> articleLabels(long draftId, ResourceBundle labels) {
        Map<String, String> result = new LinkedHashMap<>();
        for (TocEntry entry : drafts.tableOfContents(draftId)) {
            if (entry.isArticle()) {
                result.put(entry.getAnchor(), entry.label(num -> label(labels, "article.numbered", "{0}").replace("{0}", num)));
            }
        }
        return result;
    }

    private static String text(ArticleText article) {
        String body = article.getArticle().getBody();
        if (body != null && !body.isBlank()) {
            return body;
        }
        return article.getParagraphs().stream().map(Provision::getBody).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    private static Map<String, Long> relabel(Map<String, Long> counts, java.util.function.Function<String, String> label) {
        Map<String, Long> result = new LinkedHashMap<>();
        counts.forEach((key, count) -> result.merge(label.apply(key), count, Long::sum));
        return result;
    }

    private static String label(ResourceBundle labels, String key, String fallback) {
        try {
            return labels.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
