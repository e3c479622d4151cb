package org.stakeholderportal.web.draft;

import java.util.ArrayList;
import java.util.List;
import org.stakeholderportal.draft.entity.TocEntry;

/** A heading of the table of contents (chapter, part, preamble) and the articles under it. */
public class TocGroup {

    private final TocEntry heading;
    private final List<TocEntry> articles = new ArrayList<>();

    public TocGroup(TocEntry heading) {
        this.heading = heading;
    }

    public TocEntry getHeading() {
        return heading;
    }

    public List<TocEntry> getArticles() {
        return articles;
    }

    /** Groups a table of contents in document order: each grouping opens a group, articles join the current one. */
    public static List<TocGroup> of(List<TocEntry> entries) {
        List<TocGroup> groups = new ArrayList<>();
        TocGroup current = null;
        for (TocEntry entry : entries) {
            if (!entry.isArticle()) {
                current = new TocGroup(entry);
                groups.add(current);
            } else {
                if (current == null) {
                    current = new TocGroup(null);
                    groups.add(current);
                }
                current.articles.add(entry);
            }
        }
        return groups;
    }
}
