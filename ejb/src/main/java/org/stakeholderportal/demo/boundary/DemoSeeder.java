package org.stakeholderportal.demo.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.logging.Logger;
import org.stakeholderportal.draft.boundary.ConsultationWindows;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Accreditations;
import org.stakeholderportal.organisation.control.OrganisationRegistry;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.organisation.entity.EcosocStatus;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.organisation.entity.UnRegion;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;

/**
 * Seeds a demonstration process: a draft shaped like the draft UN convention against cybercrime, its revision, an open
 * consultation window, and twelve organisations (accredited, pending, questioned, suspended).
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.SECRETARIAT})
@RunAs(Roles.SECRETARIAT)
public class DemoSeeder {

    public static final String PROCESS_CODE = "AHC";
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

    @EJB
    Drafts drafts;

    @EJB
    ConsultationWindows windows;

    @EJB
    Accreditations accreditations;

    @Inject
    OrganisationRegistry registry;

    @Inject
    PortalClock clock;

    /** Seeds everything in one transaction: either the whole demonstration is there or none of it. */
    public void seed() throws IOException {
        if (drafts.processes().stream().anyMatch(p -> PROCESS_CODE.equals(p.getCode()))) {
            return;
        }
        NegotiationProcess process = drafts.createProcess(PROCESS_CODE,
                "Ad Hoc Committee on a comprehensive convention against cybercrime (demonstration)", "America/New_York");
        Draft first = drafts.importDraft(process.getId(), null, "Draft text", LocalDate.of(2023, 5, 29),
                "draft-text.md", resource("draft-text.md")).getDraft();
        Draft revised = drafts.importDraft(process.getId(), first.getId(), "Revised draft text", LocalDate.of(2023, 11, 6),
                "revised-draft-text.md", resource("revised-draft-text.md")).getDraft();
        Instant now = clock.now().truncatedTo(ChronoUnit.HOURS);
        windows.open(revised.getId(), "Written input on the revised draft text", now.minus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(30)), Set.of());
        seedOrganisations(process);
        LOG.info(() -> "Demo data: process " + PROCESS_CODE + " with " + first.getArticleCount() + " and "
                + revised.getArticleCount() + " articles and an open consultation window");
    }

    /** Twelve organisations across categories and regions; amina and kenji are the focal points of two of them. */
    private void seedOrganisations(NegotiationProcess process) {
        Object[][] organisations = {
            {"Digital Rights Watch", "Digital Rights Watch", "DRW", "NGO", "SN", UnRegion.AFRICAN_STATES, EcosocStatus.SPECIAL, "amina", AccreditationStatus.ACCREDITED},
            {"Pacific Cyber Industry Council", "Pacific Cyber Industry Council", "PCIC", "PRIVATE_SECTOR", "JP", UnRegion.ASIA_PACIFIC_STATES, EcosocStatus.NONE, "kenji", AccreditationStatus.ACCREDITED},
            {"Observatorio Latinoamericano de Derechos Digitales", "Latin American Digital Rights Observatory", "OLDD", "NGO", "CL", UnRegion.LATIN_AMERICAN_AND_CARIBBEAN_STATES, EcosocStatus.NONE, "demo-oldd", AccreditationStatus.ACCREDITED},
            {"Institut européen de recherche en cybersécurité", "European Institute for Cybersecurity Research", "IERC", "ACADEMIA", "FR", UnRegion.WESTERN_EUROPEAN_AND_OTHER_STATES, EcosocStatus.NONE, "demo-ierc", AccreditationStatus.ACCREDITED},
            {"مؤسسة الحقوق الرقمية العربية", "Arab Digital Rights Foundation", "ADRF", "NGO", "JO", UnRegion.ASIA_PACIFIC_STATES, EcosocStatus.SPECIAL, "demo-adrf", AccreditationStatus.ACCREDITED},
            {"Global Internet Freedom Coalition", "Global Internet Freedom Coalition", "GIFC", "NGO", "US", UnRegion.WESTERN_EUROPEAN_AND_OTHER_STATES, EcosocStatus.GENERAL, "demo-gifc", AccreditationStatus.ACCREDITED},
            {"International Telecommunication Operators Association", "International Telecommunication Operators Association", "ITOA", "PRIVATE_SECTOR", "CH", UnRegion.WESTERN_EUROPEAN_AND_OTHER_STATES, EcosocStatus.ROSTER, "demo-itoa", AccreditationStatus.ACCREDITED},
            {"Центр исследований информационного права", "Centre for Information Law Studies", "CILS", "ACADEMIA", "KZ", UnRegion.ASIA_PACIFIC_STATES, EcosocStatus.NONE, "demo-cils", AccreditationStatus.PENDING},
            {"亚洲网络安全产业联盟", "Asian Cybersecurity Industry Alliance", "ACIA", "PRIVATE_SECTOR", "SG", UnRegion.ASIA_PACIFIC_STATES, EcosocStatus.NONE, "demo-acia", AccreditationStatus.PENDING},
            {"Council of Regional Cybercrime Prosecutors", "Council of Regional Cybercrime Prosecutors", "CRCP", "IGO", "AT", UnRegion.OTHER, EcosocStatus.NONE, "demo-crcp", AccreditationStatus.PENDING},
            {"African Centre for Cyber Law and Policy", "African Centre for Cyber Law and Policy", "ACCLP", "ACADEMIA", "KE", UnRegion.AFRICAN_STATES, EcosocStatus.NONE, "demo-acclp", AccreditationStatus.MORE_INFORMATION_REQUESTED},
            {"Eastern Partnership Digital Forum", "Eastern Partnership Digital Forum", "EPDF", "NGO", "UA", UnRegion.EASTERN_EUROPEAN_STATES, EcosocStatus.NONE, "demo-epdf", AccreditationStatus.SUSPENDED},
        };
        for (Object[] o : organisations) {
            OrganisationApplication application = new OrganisationApplication();
            application.setName((String) o[0]);
            application.setNameEnglish((String) o[1]);
            application.setAcronym((String) o[2]);
            application.setCategory((String) o[3]);
            application.setCountry((String) o[4]);
            application.setRegion((UnRegion) o[5]);
            application.setEcosocStatus((EcosocStatus) o[6]);
            application.setWebsite("https://" + ((String) o[2]).toLowerCase(java.util.Locale.ROOT) + ".example.org");
            application.setDescription("Demonstration organisation: works on the issues of the draft convention in its region.");
            application.setContactName("Focal point of " + o[2]);
            application.setContactEmail(o[7] + "@" + ((String) o[2]).toLowerCase(java.util.Locale.ROOT) + ".example.org");
            Accreditation accreditation = registry.register(process, application, (String) o[7], clock.now());
            AccreditationStatus target = (AccreditationStatus) o[8];
            if (target == AccreditationStatus.ACCREDITED || target == AccreditationStatus.SUSPENDED) {
                accreditation = accreditations.decide(accreditation.getId(), accreditation.getVersion(), AccreditationDecision.APPROVE, null);
            }
            if (target == AccreditationStatus.SUSPENDED) {
                accreditations.decide(accreditation.getId(), accreditation.getVersion(), AccreditationDecision.SUSPEND,
                        "Demonstration: suspended pending review of a complaint.");
            }
            if (target == AccreditationStatus.MORE_INFORMATION_REQUESTED) {
                accreditations.decide(accreditation.getId(), accreditation.getVersion(), AccreditationDecision.REQUEST_INFORMATION,
                        "Please describe your organisation's work related to the mandate of the committee.");
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoSeeder.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IOException("demo file " + name + " is missing");
            }
            return in.readAllBytes();
        }
    }
}
