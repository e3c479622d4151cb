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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.contribution.control.SubmissionNumbers;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.contribution.entity.ContributionVersion;
import org.stakeholderportal.draft.entity.Provision;
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

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    SubmissionNumbers numbers;

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

    @EJB
    DemoSessions demoSessions;

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
        seedContributions(process, revised);
        demoSessions.seed(process, revised);
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

    /**
     * Input for the review queue to show: submitted contributions (four of them a copy-paste campaign), one under
     * review, two published (one by the organisation that is now suspended) and one returned for revision. Written as the organisations' focal points would have.
     */
    private void seedContributions(NegotiationProcess process, Draft draft) {
        String campaign = "We ask the Committee to make every power in this article subject to prior judicial authorisation,"
                + " independent oversight, notification of the persons concerned and an effective remedy, in line with"
                + " international human rights law.";
        Object[][] input = {
            {"DRW", "amina", "art-24", ContributionKind.PROPOSED_AMENDMENT, "Prior judicial authorisation", "Safeguards must be checked by a judge before the powers are used.", "Each State Party shall ensure that the establishment, implementation and application of the powers and procedures provided for in this chapter are subject to prior judicial authorisation and independent oversight.", ContributionStatus.PUBLISHED},
            {"PCIC", "kenji", "art-5", ContributionKind.GENERAL_COMMENT, "Legal certainty for service providers", "Providers need clear and predictable rules on which requests they must answer, and from whom.", null, ContributionStatus.UNDER_REVIEW},
            {"OLDD", "demo-oldd", "art-24", ContributionKind.GENERAL_COMMENT, "Safeguards for all powers", campaign + " Observatorio Latinoamericano.", null, ContributionStatus.SUBMITTED},
            {"GIFC", "demo-gifc", "art-24", ContributionKind.GENERAL_COMMENT, "Safeguards for every power", campaign + " Global Internet Freedom Coalition.", null, ContributionStatus.SUBMITTED},
            {"ADRF", "demo-adrf", "art-24", ContributionKind.GENERAL_COMMENT, "Human rights safeguards", campaign.replace("every power", "each power") + " ADRF.", null, ContributionStatus.SUBMITTED},
            {"IERC", "demo-ierc", "art-24", ContributionKind.GENERAL_COMMENT, "Oversight and remedies", campaign + " Institut européen de recherche en cybersécurité.", null, ContributionStatus.SUBMITTED},
            {"EPDF", "demo-epdf", "art-5", ContributionKind.GENERAL_COMMENT, "Cooperation with civil society", "Published before the organisation's accreditation was suspended: civil society should be consulted on the implementation.", null, ContributionStatus.PUBLISHED},
            {"ITOA", "demo-itoa", "art-5", ContributionKind.GENERAL_COMMENT, "Scope of the convention", "The scope should stay limited to the offences the convention defines.", null, ContributionStatus.RETURNED_FOR_REVISION},
        };
        for (Object[] i : input) {
            long organisationId = em.createQuery("select o.id from Organisation o, Accreditation a where a.organisation = o"
                            + " and a.process.id = :p and o.acronym = :acronym", Long.class)
                    .setParameter("p", process.getId()).setParameter("acronym", i[0]).getSingleResult();
            Provision article = em.createQuery("select p from Provision p where p.draftId = :d and p.anchor = :a", Provision.class)
                    .setParameter("d", draft.getId()).setParameter("a", i[2]).getSingleResult();
            String author = (String) i[1];
            Instant at = clock.now().minus(Duration.ofHours(30 - 3L * java.util.Arrays.asList(input).indexOf(i)));
            Contribution contribution = new Contribution(process.getId(), draft.getId(), article.getId(), Set.of(), organisationId, author, at);
            contribution.write((ContributionKind) i[3], (String) i[4], "<p>" + i[5] + "</p>", (String) i[6], null, "en", author, at);
            em.persist(contribution);
            em.flush();
            contribution.submit(null, java.util.List.of(), author, at);
            contribution.number(numbers.next(process.getId(), process.getCode(), at));
            em.persist(new ContributionVersion(contribution, ""));
            audit.record("contribution.submitted", "Contribution", contribution.getId(), "demo; number=" + contribution.getSubmissionNumber());
            ContributionStatus target = (ContributionStatus) i[7];
            if (target == ContributionStatus.UNDER_REVIEW) {
                contribution.assign("sofia");
            } else if (target == ContributionStatus.PUBLISHED) {
                contribution.decide(target, null, null, "sofia", at.plus(Duration.ofHours(4)));
            } else if (target == ContributionStatus.RETURNED_FOR_REVISION) {
                contribution.decide(target, null, "Please say which paragraph of Article 5 you mean and propose wording.", "sofia",
                        at.plus(Duration.ofHours(2)));
            }
            if (target != ContributionStatus.SUBMITTED) {
                audit.record("contribution.decided", "Contribution", contribution.getId(), "demo; status: SUBMITTED -> " + target);
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
