package org.stakeholderportal.publication.control;

import java.io.IOException;

/**
 * Writes a digest as it is read from the database, page by page: {@link #begin} once, then for each section
 * {@link #article} followed by its contributions ({@link #entry}), then {@link #finish}. A writer keeps only what it
 * needs for the part it is writing, never all contributions. It writes to the stream it was given and does not close
 * that stream; {@link #close} releases what the writer holds (temporary files included), also after a failure. What
 * was written before a failure, or without {@link #finish}, is an incomplete document for the caller to discard.
 */
public interface DigestWriter extends AutoCloseable {

    /** The title page and the statistics. */
    void begin(DigestHeading heading) throws IOException;

    /**
     * Starts a section.
     *
     * @param heading the article as labelled for the reader (e.g. "Article 24 — Conditions and safeguards"), or null
     *         for comments on the draft as a whole
     * @param text the provision's text as plain text, printed under the heading, or null
     */
    void article(String heading, String text) throws IOException;

    /** One contribution of the current section. */
    void entry(DigestEntry entry) throws IOException;

    /** Completes the document on the output stream; nothing may be written after it. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
