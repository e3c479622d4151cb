package org.stakeholderportal.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.audit.entity.AuditEvent;
import org.stakeholderportal.audit.entity.ChainCheck;

/** secretariat/audit.xhtml: the trail, newest first, by kind of record; the chain check on demand. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;

    @Inject
    transient AuditTrail audit;

    private String entityType;
    private Long entityId;
    private int first;
    private ChainCheck check;
    private transient List<AuditEvent> rows;
    private transient long total;

    public List<AuditEvent> getRows() {
        if (rows == null) {
            total = audit.count(entityType, entityId);
            rows = audit.page(entityType, entityId, first, PAGE_SIZE);
        }
        return rows;
    }

    public String filter() {
        first = 0;
        rows = null;
        return null;
    }

    public String verify() {
        check = audit.verify();
        return null;
    }

    public String nextPage() {
        getRows();
        if (first + PAGE_SIZE < total) {
            first += PAGE_SIZE;
        }
        rows = null;
        return null;
    }

    public String previousPage() {
        first = Math.max(0, first - PAGE_SIZE);
        rows = null;
        return null;
    }

    public boolean getHasNextPage() {
        getRows();
        return first + PAGE_SIZE < total;
    }

    public boolean getHasPreviousPage() {
        return first > 0;
    }

    public String getPageLabel() {
        getRows();
        return total == 0 ? "0" : (first + 1) + "–" + Math.min(first + PAGE_SIZE, total) + " / " + total;
    }

    public List<String> getEntityTypes() {
        return List.of("Contribution", "Accreditation", "Membership", "Draft", "ConsultationWindow", "NegotiationProcess", "ProcessSettings", "CodeList", "MailTemplate");
    }

    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public Long getEntityId() { return entityId; }
    public void setEntityId(Long entityId) { this.entityId = entityId; }
    public ChainCheck getCheck() { return check; }
}
