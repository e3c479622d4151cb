package org.stakeholderportal.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.platform.Refusal;

class AccreditationWorkflowTest {

    @Test
    void aPendingApplicationCanBeApprovedRejectedOrQuestioned() {
        assertEquals(AccreditationStatus.ACCREDITED, AccreditationWorkflow.next(AccreditationStatus.PENDING, AccreditationDecision.APPROVE, null));
        assertEquals(AccreditationStatus.REJECTED, AccreditationWorkflow.next(AccreditationStatus.PENDING, AccreditationDecision.REJECT, "off topic"));
        assertEquals(AccreditationStatus.MORE_INFORMATION_REQUESTED,
                AccreditationWorkflow.next(AccreditationStatus.PENDING, AccreditationDecision.REQUEST_INFORMATION, "which work?"));
    }

    @Test
    void suspensionAndReinstatementOnlyFromTheRightStatus() {
        assertEquals(AccreditationStatus.SUSPENDED, AccreditationWorkflow.next(AccreditationStatus.ACCREDITED, AccreditationDecision.SUSPEND, "why"));
        assertEquals(AccreditationStatus.ACCREDITED, AccreditationWorkflow.next(AccreditationStatus.SUSPENDED, AccreditationDecision.REINSTATE, null));
        assertFalse(AccreditationWorkflow.allowed(AccreditationStatus.PENDING, AccreditationDecision.SUSPEND));
        assertFalse(AccreditationWorkflow.allowed(AccreditationStatus.ACCREDITED, AccreditationDecision.APPROVE));
    }

    @Test
    void aRejectionIsFinal() {
        for (AccreditationDecision decision : AccreditationDecision.values()) {
            assertFalse(AccreditationWorkflow.allowed(AccreditationStatus.REJECTED, decision), decision.name());
        }
    }

    @Test
    void decisionsThatAffectTheOrganisationNeedAReason() {
        Refusal refusal = assertThrows(Refusal.class,
                () -> AccreditationWorkflow.next(AccreditationStatus.ACCREDITED, AccreditationDecision.SUSPEND, "  "));
        assertEquals("accreditation.reasonRequired", refusal.getMessageKey());
        assertTrue(AccreditationDecision.REJECT.needsReason());
        assertFalse(AccreditationDecision.APPROVE.needsReason());
    }

    @Test
    void onlyTheApplicantsResubmissionLeadsBackToPending() {
        assertEquals(AccreditationStatus.PENDING, AccreditationWorkflow.next(AccreditationStatus.MORE_INFORMATION_REQUESTED,
                AccreditationDecision.RESUBMIT, null));
        assertFalse(AccreditationWorkflow.allowed(AccreditationStatus.PENDING, AccreditationDecision.RESUBMIT));
    }
}
