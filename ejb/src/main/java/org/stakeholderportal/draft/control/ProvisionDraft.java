package org.stakeholderportal.draft.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A node while an importer is still reading: mutable, and without an anchor, because anchors are only given once the
 * whole document is known (duplicates are resolved in document order by {@link OutlineAssembler}).
 */
final class ProvisionDraft {

    final NodeKind kind;
    final String num;
    final String heading;
    /** Short word anchors of this node start with ("ch", "annex", "rec"); null for the kind's default. */
    final String anchorLabel;
    /** Line in the source, for refusals that point at the provision. */
    final int line;
    final List<ProvisionDraft> children = new ArrayList<>();
    String text = "";

    ProvisionDraft(NodeKind kind, String num, String heading, String anchorLabel, int line) {
        this.kind = kind;
        this.num = num == null ? "" : num;
        this.heading = heading == null ? "" : heading;
        this.anchorLabel = anchorLabel;
        this.line = line;
    }
}
