package org.stakeholderportal.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stakeholderportal.draft.boundary.ConsultationWindows;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;

/**
 * Seeds a demonstration process the first time the portal starts with PORTAL_DEMO_DATA=true (the local
 * stack sets it): a draft shaped like the draft UN convention against cybercrime, its revision, and an open
 * consultation window. Runs once: a process with the demo code already there means it was done.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@DeclareRoles({Roles.SECRETARIAT})
@RunAs(Roles.SECRETARIAT)
public class DemoData {

    public static final String PROCESS_CODE = "AHC";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @EJB
    Drafts drafts;

    @EJB
    ConsultationWindows windows;

    @Inject
    PortalClock clock;

    @PostConstruct
    void seed() {
        if (!"true".equalsIgnoreCase(System.getenv("PORTAL_DEMO_DATA"))) {
            return;
        }
        if (drafts.processes().stream().anyMatch(p -> PROCESS_CODE.equals(p.getCode()))) {
            return;
        }
        try {
            NegotiationProcess process = drafts.createProcess(PROCESS_CODE,
                    "Ad Hoc Committee on a comprehensive convention against cybercrime (demonstration)", "America/New_York");
            Draft first = drafts.importDraft(process.getId(), null, "Draft text", LocalDate.of(2023, 5, 29),
                    "draft-text.md", resource("draft-text.md")).getDraft();
            Draft revised = drafts.importDraft(process.getId(), first.getId(), "Revised draft text", LocalDate.of(2023, 11, 6),
                    "revised-draft-text.md", resource("revised-draft-text.md")).getDraft();
            Instant now = clock.now().truncatedTo(ChronoUnit.HOURS);
            windows.open(revised.getId(), "Written input on the revised draft text", now.minus(Duration.ofDays(2)),
                    now.plus(Duration.ofDays(30)), Set.of());
            LOG.info(() -> "Demo data: process " + PROCESS_CODE + " with " + first.getArticleCount() + " and "
                    + revised.getArticleCount() + " articles and an open consultation window");
        } catch (Refusal | IOException e) {
            // Another node may have seeded first, or the demo files are broken: the portal still starts.
            LOG.log(Level.WARNING, "Demo data not seeded: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IOException("demo file " + name + " is missing");
            }
            return in.readAllBytes();
        }
    }
}
