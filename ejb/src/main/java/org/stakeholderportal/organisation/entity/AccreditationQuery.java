package org.stakeholderportal.organisation.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** The secretariat's filters on the accreditation queue; null means "any". */
public class AccreditationQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    private AccreditationStatus status;
    private String category;
    private UnRegion region;
    private LocalDate appliedFrom;
    private LocalDate appliedTo;
    private String text;

    public AccreditationStatus getStatus() { return status; }
    public void setStatus(AccreditationStatus status) { this.status = status; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public UnRegion getRegion() { return region; }
    public void setRegion(UnRegion region) { this.region = region; }
    public LocalDate getAppliedFrom() { return appliedFrom; }
    public void setAppliedFrom(LocalDate appliedFrom) { this.appliedFrom = appliedFrom; }
    public LocalDate getAppliedTo() { return appliedTo; }
    public void setAppliedTo(LocalDate appliedTo) { this.appliedTo = appliedTo; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
