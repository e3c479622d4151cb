package org.stakeholderportal.review.control;

import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Finds groups of near-identical comments (mass campaigns, copy-paste submissions) so the secretariat can
 * review them together instead of reading every copy.
 * <p>
 * Texts are compared by the Jaccard similarity of their shingle sets, estimated with MinHash so that a
 * signature can be computed once per comment and stored. LSH banding only compares comments that already
 * agree on a whole band, which keeps clustering near-linear instead of comparing all pairs. All hashing is
 * explicit (FNV-1a, splitmix64) so signatures are identical across JVMs and releases. The class only holds
 * immutable constants and is therefore thread-safe.
 */
public final class NearDuplicates {

    /** Similarity from which two comments count as copies of each other. */
    public static final double DEFAULT_THRESHOLD = 0.6;

    private static final int HASHES = 128;
    private static final int BANDS = 32;
    private static final int ROWS = HASHES / BANDS;
    private static final int WORDS_PER_SHINGLE = 3;
    private static final int CHARS_PER_SHINGLE = 4;
    /** Above this share of letters a text is treated as written without spaces between words. */
    private static final double UNSPACED_SHARE = 0.3;
    private static final Set<UnicodeScript> UNSPACED_SCRIPTS =
            Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.THAI);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** Fixed splitmix64 sequence: changing it would make every stored signature incomparable. */
    private static final long[] SEEDS = LongStream.rangeClosed(1, HASHES)
            .map(i -> mix64(0x5eed_c0de_2024_0024L + i * 0x9e3779b97f4a7c15L)).toArray();

    private NearDuplicates() {
    }

    /** Reduces a text to lower-case letters and digits separated by single spaces; {@code null} counts as empty. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = TAG.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ");
        // &amp; last, so that "&amp;lt;" stays the literal text "&lt;"
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        });
        return out.toString().trim();
    }

    /** MinHash signature of 128 values; an empty text yields all {@link Long#MAX_VALUE}. */
    public static long[] signature(String text) {
        long[] signature = new long[HASHES];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles(normalise(text))) {
            for (int i = 0; i < HASHES; i++) {
                signature[i] = Math.min(signature[i], mix64(shingle ^ SEEDS[i]));
            }
        }
        return signature;
    }

    /** Estimated Jaccard similarity; 0 whenever either signature belongs to an empty text. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures differ in length: " + a.length + " vs " + b.length);
        }
        if (isEmpty(a) || isEmpty(b)) {
            return 0;
        }
        return (double) IntStream.range(0, a.length).filter(i -> a[i] == b[i]).count() / a.length;
    }

    /**
     * Groups of at least two ids whose signatures are transitively at least {@code threshold} similar. Ids in a
     * group ascend; groups are ordered by size descending, then by smallest id.
     */
    public static List<List<Long>> clusters(Map<Long, long[]> signatures, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be within [0, 1]: " + threshold);
        }
        // A fixed processing order makes the result independent of the map's iteration order.
        Long[] ids = signatures.keySet().stream().sorted().toArray(Long[]::new);
        long[][] sigs = Arrays.stream(ids).map(signatures::get).toArray(long[][]::new);
        if (Arrays.stream(sigs).anyMatch(signature -> signature.length != HASHES)) {
            throw new IllegalArgumentException("every signature must have " + HASHES + " values");
        }
        int[] parent = IntStream.range(0, ids.length).toArray();
        int[] nonEmpty = IntStream.range(0, ids.length).filter(i -> !isEmpty(sigs[i])).toArray();
        // Buckets come from sorting band keys whose low bits are replaced by the item index: no boxing, members
        // in index order. The few extra key collisions this causes only add candidates, never wrong joins.
        long indexBits = (1L << (32 - Integer.numberOfLeadingZeros(ids.length))) - 1;
        long[] keyed = new long[nonEmpty.length];
        for (int band = 0; band < BANDS; band++) {
            for (int j = 0; j < nonEmpty.length; j++) {
                keyed[j] = (bandKey(sigs[nonEmpty[j]], band) & ~indexBits) | nonEmpty[j];
            }
            Arrays.sort(keyed);
            int start = 0;
            for (int end = 1; end <= keyed.length; end++) {
                if (end == keyed.length || (keyed[end] & ~indexBits) != (keyed[start] & ~indexBits)) {
                    if (end - start > 1) {
                        join(Arrays.stream(keyed, start, end).mapToInt(k -> (int) (k & indexBits)).toArray(), sigs,
                                parent, threshold);
                    }
                    start = end;
                }
            }
        }
        Map<Integer, List<Long>> groups = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(ids[i]);
        }
        return groups.values().stream()
                .filter(group -> group.size() >= 2)
                .sorted(Comparator.<List<Long>>comparingInt(List::size).reversed().thenComparing(group -> group.get(0)))
                .map(List::copyOf)
                .toList();
    }

    /** Convenience for {@link #clusters} when the texts rather than stored signatures are at hand. */
    public static List<List<Long>> clustersOfTexts(Map<Long, String> texts, double threshold) {
        return clusters(texts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> signature(entry.getValue()))), threshold);
    }

    /**
     * Unites the similar members of one band bucket. Members are kept in groups that were connected when added,
     * so a group already connected to a newcomer is skipped without comparison and any other group is only
     * compared until its first match: a campaign of thousands of copies stays linear, yet every pair that could
     * connect two components is still examined.
     */
    private static void join(int[] bucket, long[][] sigs, int[] parent, double threshold) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int item : bucket) {
            List<Integer> home = null;
            for (List<Integer> group : groups) {
                if (find(parent, group.get(0)) != find(parent, item)) {
                    group.stream().filter(other -> similarity(sigs[item], sigs[other]) >= threshold).findFirst()
                            .ifPresent(other -> parent[find(parent, other)] = find(parent, item));
                }
                if (home == null && find(parent, group.get(0)) == find(parent, item)) {
                    home = group;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(item);
        }
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            x = parent[x] = parent[parent[x]];
        }
        return x;
    }

    private static long[] shingles(String normalised) {
        if (normalised.isEmpty()) {
            return new long[0];
        }
        boolean unspaced = isUnspaced(normalised);
        String[] tokens = unspaced
                ? normalised.replace(" ", "").codePoints().mapToObj(Character::toString).toArray(String[]::new)
                : normalised.split(" ");
        int size = unspaced ? CHARS_PER_SHINGLE : WORDS_PER_SHINGLE;
        String separator = unspaced ? "" : " ";
        if (tokens.length < size) {
            return new long[] {fnv1a(String.join(separator, tokens))};
        }
        long[] shingles = new long[tokens.length - size + 1];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = fnv1a(String.join(separator, Arrays.copyOfRange(tokens, i, i + size)));
        }
        return shingles;
    }

    private static boolean isUnspaced(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long unspaced = text.codePoints()
                .filter(cp -> Character.isLetter(cp) && UNSPACED_SCRIPTS.contains(UnicodeScript.of(cp))).count();
        return unspaced > UNSPACED_SHARE * letters;
    }

    private static boolean isEmpty(long[] signature) {
        return Arrays.stream(signature).allMatch(value -> value == Long.MAX_VALUE);
    }

    private static long bandKey(long[] signature, int band) {
        long key = 0;
        for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
            key = mix64(key ^ signature[row]);
        }
        return key;
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }

    /** splitmix64 finaliser: a bijection, so every seed defines a different permutation of the shingle hashes. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
