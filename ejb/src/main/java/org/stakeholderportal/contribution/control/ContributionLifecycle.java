package org.stakeholderportal.contribution.control;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.platform.Refusal;

/**
 * The contribution state machine, in one place.
 * <pre>
 * DRAFT --submit--> SUBMITTED --take into review--> UNDER_REVIEW --> PUBLISHED | RETURNED_FOR_REVISION | REJECTED
 * RETURNED_FOR_REVISION --submit (a new version)--> SUBMITTED
 * DRAFT, SUBMITTED, UNDER_REVIEW, RETURNED_FOR_REVISION --withdraw--> WITHDRAWN (only before publication)
 * </pre>
 * The organisation edits only a DRAFT or a contribution returned for revision; what was submitted is never changed.
 */
public final class ContributionLifecycle {

    private static final Map<ContributionStatus, Set<ContributionStatus>> NEXT = new EnumMap<>(ContributionStatus.class);

    static {
        NEXT.put(ContributionStatus.DRAFT, EnumSet.of(ContributionStatus.SUBMITTED, ContributionStatus.WITHDRAWN));
        NEXT.put(ContributionStatus.SUBMITTED, EnumSet.of(ContributionStatus.UNDER_REVIEW, ContributionStatus.PUBLISHED,
                ContributionStatus.RETURNED_FOR_REVISION, ContributionStatus.REJECTED, ContributionStatus.WITHDRAWN));
        NEXT.put(ContributionStatus.UNDER_REVIEW, EnumSet.of(ContributionStatus.PUBLISHED,
                ContributionStatus.RETURNED_FOR_REVISION, ContributionStatus.REJECTED, ContributionStatus.WITHDRAWN));
        NEXT.put(ContributionStatus.RETURNED_FOR_REVISION, EnumSet.of(ContributionStatus.SUBMITTED, ContributionStatus.WITHDRAWN));
        NEXT.put(ContributionStatus.PUBLISHED, EnumSet.noneOf(ContributionStatus.class));
        NEXT.put(ContributionStatus.REJECTED, EnumSet.noneOf(ContributionStatus.class));
        NEXT.put(ContributionStatus.WITHDRAWN, EnumSet.noneOf(ContributionStatus.class));
    }

    private ContributionLifecycle() {
    }

    public static boolean allowed(ContributionStatus from, ContributionStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static void require(ContributionStatus from, ContributionStatus to) {
        if (!allowed(from, to)) {
            throw new Refusal("contribution.transitionNotAllowed", from.name(), to.name());
        }
    }

    /** Whether the organisation may still change the text. */
    public static boolean editable(ContributionStatus status) {
        return status == ContributionStatus.DRAFT || status == ContributionStatus.RETURNED_FOR_REVISION;
    }
}
