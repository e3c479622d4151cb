package org.stakeholderportal.draft.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.stakeholderportal.draft.control.NodeKind;
import org.stakeholderportal.draft.control.ProvisionChange;

/**
 * A node of a draft's tree: preamble, chapter, article, paragraph, sub-paragraph. Imported once and never
 * edited: a changed text is a new draft. Article-level rows point to themselves through {@code article} so an
 * article and all its paragraphs load with one indexed query.
 */
@Entity
@Table(name = "provision")
public class Provision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false)
    private long draftId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Provision parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private Provision article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NodeKind kind;

    @Column(nullable = false, length = 100)
    private String num;

    @Column(nullable = false, length = 1000)
    private String heading;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false, length = 190)
    private String anchor;

    @Column(name = "sort_key", nullable = false, length = 190)
    private String sortKey;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int depth;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    private Provision predecessor;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", length = 20)
    private ProvisionChange changeKind;

    private Double similarity;

    protected Provision() {
    }

    public Provision(long draftId, Provision parent, NodeKind kind, String num, String heading, String body, String anchor,
            String sortKey, int position, int depth) {
        this.draftId = draftId;
        this.parent = parent;
        this.kind = kind;
        this.num = num;
        this.heading = heading;
        this.body = body;
        this.anchor = anchor;
        this.sortKey = sortKey;
        this.position = position;
        this.depth = depth;
    }

    public void belongsToArticle(Provision article) {
        this.article = article;
    }

    public void revises(Provision predecessor, ProvisionChange change, double similarity) {
        this.predecessor = predecessor;
        this.changeKind = change;
        this.similarity = similarity;
    }

    public Long getId() { return id; }
    public long getDraftId() { return draftId; }
    public Provision getParent() { return parent; }
    public Provision getArticle() { return article; }
    public NodeKind getKind() { return kind; }
    public String getNum() { return num; }
    public String getHeading() { return heading; }
    public String getBody() { return body; }
    public String getAnchor() { return anchor; }
    public String getSortKey() { return sortKey; }
    public int getPosition() { return position; }
    public int getDepth() { return depth; }
    public Provision getPredecessor() { return predecessor; }
    public ProvisionChange getChangeKind() { return changeKind; }
    public Double getSimilarity() { return similarity; }

    public boolean isArticle() {
        return kind == NodeKind.ARTICLE;
    }

    public boolean isContainer() {
        return kind.isContainer();
    }

    /** Whether the number carries its own word ("Article 24", "Art. 5", "Sec. 501.") rather than being bare ("24"). */
    public boolean isNumberWithWord() {
        return num != null && !num.isEmpty() && Character.isLetter(num.codePointAt(0));
    }
}
