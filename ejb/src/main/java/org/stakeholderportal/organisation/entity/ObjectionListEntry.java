package org.stakeholderportal.organisation.entity;

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
import jakarta.persistence.Version;

/** One applicant on a non-objection list, and what became of it at the deadline. */
@Entity
@Table(name = "objection_list_entry")
public class ObjectionListEntry {

    public enum Outcome { ACCREDITED, NOT_ACCREDITED, REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "list_id")
    private ObjectionList list;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "accreditation_id")
    private Accreditation accreditation;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Version
    private long version;

    protected ObjectionListEntry() {
    }

    public ObjectionListEntry(ObjectionList list, Accreditation accreditation) {
        this.list = list;
        this.accreditation = accreditation;
    }

    public void settle(Outcome outcome) {
        this.outcome = outcome;
    }

    public Long getId() { return id; }
    public ObjectionList getList() { return list; }
    public Accreditation getAccreditation() { return accreditation; }
    public Outcome getOutcome() { return outcome; }
    public long getVersion() { return version; }
}
