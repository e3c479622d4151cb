package org.stakeholderportal.publication.control;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.stakeholderportal.draft.control.DiffSegment;
import org.stakeholderportal.draft.control.WordDiff;

/**
 * Not a test: writes the digest of N synthetic contributions (mixed languages, about 150 words each, every third
 * with a redline) as PDF and as DOCX and prints, per format, the time taken, the size and the peak heap used.
 * <p>
 * Run it with {@code mvn -pl ejb test-compile exec:exec@digest-benchmark -Pdigest-benchmark -Dcontributions=20000}
 * (see the profile in ejb/pom.xml: it forks a JVM with {@code -Xmx${benchmark.heap}}, 2g by default). Arguments:
 * the number of contributions (default 20,000) and optionally the directory to keep the files in (by default they
 * are written to a temporary directory and deleted).
 * <p>
 * Heap is measured three ways after a full GC and a reset of the pools' peaks: a sampler reads the heap used every
 * 20 ms (what was in use at one moment, garbage included, missing short spikes); the sum of the heap pools' own
 * peaks (an upper bound, since the pools need not peak at the same moment); and the largest heap left right after a
 * collection (close to the live data, which is what decides the heap a server needs).
 */
public final class DigestBenchmark {

    private static final int ARTICLES = 40;

    private static final String[] ENGLISH = ("the state party shall ensure that data collected under this convention "
            + "is processed lawfully fairly and only for the purposes of a specific criminal investigation with "
            + "independent oversight judicial review and effective remedies for persons concerned").split(" ");
    private static final String[] FRENCH = ("l’état partie veille à ce que les données recueillies en vertu de la "
            + "présente convention soient traitées de manière licite loyale et uniquement aux fins d’une enquête "
            + "pénale déterminée sous un contrôle indépendant").split(" ");
    private static final String[] SPANISH = ("el estado parte velará por que los datos reunidos en virtud de la "
            + "presente convención se traten de manera lícita leal y únicamente para los fines de una investigación "
            + "penal concreta con supervisión independiente").split(" ");
    private static final String[] RUSSIAN = ("государство участник обеспечивает чтобы данные собранные в "
            + "соответствии с настоящей конвенцией обрабатывались законно справедливо и только для целей "
            + "конкретного уголовного расследования под независимым надзором").split(" ");
    private static final String[] ARABIC = ("تكفل الدولة الطرف معالجة البيانات المجمعة بموجب هذه الاتفاقية "
            + "بصورة مشروعة وعادلة ولأغراض تحقيق جنائي محدد فقط مع رقابة مستقلة ومراجعة قضائية وسبل انتصاف فعالة "
            + "للأشخاص المعنيين وحماية البيانات الشخصية").split(" ");
    private static final String[] CHINESE = ("缔约国应当确保根据本公约收集的数据仅为特定刑事调查的目的以合法公平的方式处理并接受独立监督"
            + "司法审查和有效补救个人数据保护").split("");

    private DigestBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        int contributions = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 20_000;
        Path keep = arguments.length > 1 ? Path.of(arguments[1]) : null;
        Path directory = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("digest-benchmark-");
        System.out.printf(Locale.ROOT, "Digest benchmark: %,d contributions, %d cores, max heap %d MB%n",
                contributions, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try {
            run("PDF", directory.resolve("digest.pdf"), contributions,
                    out -> new DigestPdf(out, DigestFonts.defaultDirectory(), directory, DigestPdf.DEFAULT_ENTRIES_PER_CHUNK));
            run("DOCX", directory.resolve("digest.docx"), contributions, DigestDocx::new);
        } finally {
            if (keep == null) {
                try (var files = Files.list(directory)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Files.delete(file);
                    }
                }
                Files.delete(directory);
            }
        }
    }

    private static void run(String format, Path file, int contributions, Function<OutputStream, DigestWriter> writer)
            throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heapPools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heapPools.add(pool);
            }
        }
        AtomicLong sampledPeak = new AtomicLong();
        AtomicLong sampledLive = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                sampledPeak.accumulateAndGet(used, Math::max);
                // What the heap held right after its last collection: close to the live data, garbage excluded.
                long live = heapPools.stream().map(MemoryPoolMXBean::getCollectionUsage)
                        .mapToLong(usage -> usage == null ? 0 : usage.getUsed()).sum();
                sampledLive.accumulateAndGet(live, Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
                DigestWriter digest = writer.apply(out)) {
            write(digest, contributions);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        long poolPeaks = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%-4s %,8.1f s %,8.1f MB   peak heap used: %,6d MB sampled, %,6d MB sum of pool"
                        + " peaks, %,6d MB largest after a collection   (%,.0f contributions/s)%n",
                format, seconds, Files.size(file) / 1e6, sampledPeak.get() >> 20, poolPeaks >> 20,
                sampledLive.get() >> 20, contributions / seconds);
    }

    /** Writes the digest as the background job would: articles in order, each with its share of contributions. */
    static void write(DigestWriter digest, int contributions) throws IOException {
        Random random = new Random(20_000);
        Map<String, Long> byArticle = new LinkedHashMap<>();
        for (int article = 1; article <= ARTICLES; article++) {
            byArticle.put("Article " + article + " — Provision " + article, 0L);
        }
        List<String> articles = new ArrayList<>(byArticle.keySet());
        for (int i = 0; i < contributions; i++) {
            byArticle.merge(articles.get(i % ARTICLES), 1L, Long::sum);
        }
        DigestHeading sample = DigestSamples.heading(Locale.ENGLISH, contributions);
        digest.begin(new DigestHeading(sample.processName(), sample.draftTitle(), sample.draftLabel(),
                Instant.now(), sample.officialZone(), Locale.ENGLISH, contributions, byArticle, sample.byCategory(),
                sample.byRegion(), sample.byType(), sample.byLanguage()));
        WordDiff diff = new WordDiff();
        int number = 0;
        for (int article = 0; article < ARTICLES; article++) {
            digest.article(articles.get(article), "Each State Party shall adopt such legislative and other measures "
                    + "as may be necessary to establish the powers and procedures provided for in this article.");
            for (int i = article; i < contributions; i += ARTICLES) {
                number++;
                String[] words = switch (i % 10) {
                    case 0, 1, 2, 3 -> ENGLISH;
                    case 4, 5 -> FRENCH;
                    case 6 -> SPANISH;
                    case 7 -> RUSSIAN;
                    case 8 -> ARABIC;
                    default -> CHINESE;
                };
                String separator = words == CHINESE ? "" : " ";
                String first = text(words, separator, 70, random);
                String second = text(words, separator, 70, random);
                String html = "<p>" + first + "</p><p><strong>" + text(words, separator, 4, random) + "</strong> "
                        + second + "</p>";
                List<DiffSegment> redline = i % 3 == 0
                        ? diff.compare(text(words, separator, 25, new Random(i)), text(words, separator, 25, new Random(i + 1)))
                        : List.of();
                digest.entry(DigestSamples.entry(number, "Organisation " + (i % 900), languageOf(words),
                        "Contribution " + number + " on " + articles.get(article), html, redline,
                        i % 2 == 0 ? text(words, separator, 20, random) : null));
            }
        }
        digest.finish();
    }

    private static String languageOf(String[] words) {
        return words == ENGLISH ? "English" : words == FRENCH ? "French" : words == SPANISH ? "Spanish"
                : words == RUSSIAN ? "Russian" : words == ARABIC ? "Arabic" : "Chinese";
    }

    private static String text(String[] words, String separator, int count, Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(separator);
            }
            text.append(words[random.nextInt(words.length)]);
        }
        return text.toString();
    }
}
