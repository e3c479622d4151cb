package org.stakeholderportal.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionText;
import org.stakeholderportal.draft.boundary.ConsultationWindows;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Accreditations;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.review.boundary.Reviews;
import org.stakeholderportal.review.entity.ReviewDecision;

/**
 * What in-container tests of published input start from: a new process with the sample convention open for input,
 * and two accredited organisations, the applicant's (an NGO from Africa) and the outsider's (as the test describes it);
 * then input written, submitted and published by them. Deploy it with {@link Deployments#domain} and inject it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsultationWorld {

    /** The process and its draft. */
    public record Opened(NegotiationProcess process, Draft draft) {
    }

    /** Runs work as one of the test identities. */
    public interface AsCaller {
        <T> T call(Callable<T> work) throws Exception;
    }

    @EJB
    Drafts drafts;

    @EJB
    ConsultationWindows windows;

    @EJB
    Organisations organisations;

    @EJB
    Accreditations accreditations;

    @EJB
    Contributions contributions;

    @EJB
    Reviews reviews;

    @EJB
    org.stakeholderportal.contribution.boundary.JointContributions joint;

    @EJB
    AsSecretariat secretariat;

    @EJB
    AsApplicant applicant;

    @EJB
    AsOutsider outsider;

    public Opened open(String name, OrganisationApplication outsiders) throws Exception {
        String code = name.substring(0, 1).toUpperCase() + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        NegotiationProcess process = secretariat.call(() -> drafts.createProcess(code, name + " " + code, "Europe/Vienna"));
        byte[] file = sample();
        Draft draft = secretariat.call(() -> drafts.importDraft(process.getId(), null, "Draft", LocalDate.of(2024, 1, 1), "d.xml", file))
                .getDraft();
        Instant now = Instant.now();
        secretariat.call(() -> windows.open(draft.getId(), "Input", now.minusSeconds(3600), now.plus(Duration.ofDays(1)), Set.of()));
        Accreditation mine = applicant.call(() -> organisations.apply(process.getId(), OrganisationsIT.application(name + " NGO " + code)));
        secretariat.call(() -> accreditations.decide(mine.getId(), mine.getVersion(), AccreditationDecision.APPROVE, null));
        outsiders.setName(outsiders.getName() + " " + code);
        outsiders.setNameEnglish(outsiders.getName());
        Accreditation theirs = outsider.call(() -> organisations.apply(process.getId(), outsiders));
        secretariat.call(() -> accreditations.decide(theirs.getId(), theirs.getVersion(), AccreditationDecision.APPROVE, null));
        return new Opened(process, draft);
    }

    /** A comment (or, with wording, an amendment) on an article, submitted. */
    public Contribution submitted(AsCaller who, Draft draft, String article, String language, String title, String comment,
            String wording) throws Exception {
        Contribution started = who.call(() -> contributions.start(draft.getId(), article, Set.of()));
        Contribution written = who.call(() -> contributions.write(started.getId(), started.getVersion(), new ContributionText(
                wording == null ? ContributionKind.GENERAL_COMMENT : ContributionKind.PROPOSED_AMENDMENT, title, "<p>" + comment + "</p>",
                wording, null, language)));
        return who.call(() -> contributions.submit(written.getId(), written.getVersion(), null));
    }

    /**
     * A comment (or amendment) on an article written by one organisation, co-signed by another whose focal point
     * endorses the text, then submitted: a joint contribution.
     */
    public Contribution submitted(AsCaller lead, Draft draft, String article, String language, String title, String comment, String wording,
            AsCaller coSigner) throws Exception {
        Contribution started = lead.call(() -> contributions.start(draft.getId(), article, Set.of()));
        Contribution written = lead.call(() -> contributions.write(started.getId(), started.getVersion(), new ContributionText(
                wording == null ? ContributionKind.GENERAL_COMMENT : ContributionKind.PROPOSED_AMENDMENT, title, "<p>" + comment + "</p>",
                wording, null, language)));
        long organisation = coSigner.call(() -> organisations.requireContributor(draft.getProcess().getId())).getOrganisationId();
        org.stakeholderportal.contribution.entity.CoSignature invited = lead.call(() -> joint.invite(written.getId(), organisation));
        coSigner.call(() -> joint.endorse(invited.getId(), invited.getVersion(), null));
        return lead.call(() -> contributions.submit(written.getId(), written.getVersion(), null));
    }

    /** The same, then published by the secretariat. */
    public Contribution published(AsCaller who, Draft draft, String article, String language, String title, String comment,
            String wording) throws Exception {
        Contribution c = submitted(who, draft, article, language, title, comment, wording);
        return secretariat.call(() -> reviews.decide(c.getId(), c.getVersion(), ReviewDecision.PUBLISH, null, null));
    }

    private static byte[] sample() {
        try (InputStream in = ConsultationWorld.class.getResourceAsStream("/fixtures/convention-sample.xml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
