package org.stakeholderportal.web.publication;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bytes of rendered public pages, bounded by count and by bytes (least recently used first out), so readers or
 * a crawler with endless query strings cannot fill the heap. Holds pages of one generation of the public data: when
 * the generation moves on, everything rendered before is dropped; a page is also dropped once older than the
 * maximum age, for what changes with time alone (a consultation window opening or closing at its deadline).
 * Plain Java, thread-safe; time comes in as nanoTime-style readings so tests need no clock.
 */
public class RenderedPages {

    /** One rendered page with what it is served with. */
    public record Page(byte[] body, String contentType, String contentLanguage, String etag, long renderedAtMillis,
            long generation, long renderedAtNanos) {

        int size() {
            // The bytes plus a rough allowance for the key, headers and map entry.
            return body.length + 512;
        }
    }

    private final int maxEntries;
    private final long maxBytes;
    private final long maxAgeNanos;
    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long generation = Long.MIN_VALUE;

    public RenderedPages(int maxEntries, long maxBytes, long maxAgeNanos) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.maxAgeNanos = maxAgeNanos;
    }

    /** A page of this generation rendered less than the maximum age ago. */
    public synchronized Optional<Page> get(String key, long currentGeneration, long nowNanos) {
        follow(currentGeneration);
        Page page = pages.get(key);
        if (page == null) {
            return Optional.empty();
        }
        if (nowNanos - page.renderedAtNanos() >= maxAgeNanos) {
            remove(key);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /**
     * Keeps a page rendered for the generation read before rendering it; a page of an older generation is not kept
     * (it may show data from before the change), and neither is one larger than an eighth of the byte cap.
     */
    public synchronized void put(String key, Page page) {
        if (page.generation() != generation || page.size() > maxBytes / 8) {
            return;
        }
        remove(key);
        pages.put(key, page);
        bytes += page.size();
        Iterator<Map.Entry<String, Page>> eldest = pages.entrySet().iterator();
        while ((pages.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
    }

    public synchronized int size() {
        return pages.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    private void follow(long currentGeneration) {
        if (currentGeneration != generation) {
            pages.clear();
            bytes = 0;
            generation = currentGeneration;
        }
    }

    private void remove(String key) {
        Page old = pages.remove(key);
        if (old != null) {
            bytes -= old.size();
        }
    }
}
