package org.stakeholderportal.organisation.control;

import java.util.EnumMap;
import java.util.Map;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.platform.Refusal;

/**
 * The accreditation state machine, in one place: which decision leads from which status to which.
 * <pre>
 * PENDING --approve--> ACCREDITED --suspend--> SUSPENDED --reinstate--> ACCREDITED
 * PENDING --reject--> REJECTED (final)
 * PENDING --request information--> MORE_INFORMATION_REQUESTED --resubmit--> PENDING
 * MORE_INFORMATION_REQUESTED --approve / reject--> ACCREDITED / REJECTED
 * </pre>
 */
public final class AccreditationWorkflow {

    private static final Map<AccreditationStatus, Map<AccreditationDecision, AccreditationStatus>> TRANSITIONS =
            new EnumMap<>(AccreditationStatus.class);

    static {
        allow(AccreditationStatus.PENDING, AccreditationDecision.APPROVE, AccreditationStatus.ACCREDITED);
        allow(AccreditationStatus.PENDING, AccreditationDecision.REJECT, AccreditationStatus.REJECTED);
        allow(AccreditationStatus.PENDING, AccreditationDecision.REQUEST_INFORMATION, AccreditationStatus.MORE_INFORMATION_REQUESTED);
        allow(AccreditationStatus.MORE_INFORMATION_REQUESTED, AccreditationDecision.RESUBMIT, AccreditationStatus.PENDING);
        allow(AccreditationStatus.MORE_INFORMATION_REQUESTED, AccreditationDecision.APPROVE, AccreditationStatus.ACCREDITED);
        allow(AccreditationStatus.MORE_INFORMATION_REQUESTED, AccreditationDecision.REJECT, AccreditationStatus.REJECTED);
        allow(AccreditationStatus.ACCREDITED, AccreditationDecision.SUSPEND, AccreditationStatus.SUSPENDED);
        allow(AccreditationStatus.SUSPENDED, AccreditationDecision.REINSTATE, AccreditationStatus.ACCREDITED);
    }

    private AccreditationWorkflow() {
    }

    private static void allow(AccreditationStatus from, AccreditationDecision decision, AccreditationStatus to) {
        TRANSITIONS.computeIfAbsent(from, k -> new EnumMap<>(AccreditationDecision.class)).put(decision, to);
    }

    /** The status after the decision, or a refusal naming the decision and the current status. */
    public static AccreditationStatus next(AccreditationStatus from, AccreditationDecision decision, String reason) {
        AccreditationStatus to = TRANSITIONS.getOrDefault(from, Map.of()).get(decision);
        if (to == null) {
            throw new Refusal("accreditation.decisionNotAllowed", decision.name(), from.name());
        }
        if (decision.needsReason() && (reason == null || reason.isBlank())) {
            throw new Refusal("accreditation.reasonRequired");
        }
        return to;
    }

    public static boolean allowed(AccreditationStatus from, AccreditationDecision decision) {
        return TRANSITIONS.getOrDefault(from, Map.of()).containsKey(decision);
    }
}
