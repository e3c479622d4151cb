package org.stakeholderportal.session.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.session.entity.BalanceRow;
import org.stakeholderportal.session.entity.SpeakerRequest;
import org.stakeholderportal.session.entity.SpeakerStatus;

/**
 * The balance of a speakers' list as the secretariat builds it: organisations by regional group and by category
 * (a coalition's spokesperson counts every organisation it speaks for), speakers by gender; each counted among
 * the confirmed speakers and among everyone still on the list.
 */
public final class SpeakerBalance {

    private SpeakerBalance() {
    }

    public static List<BalanceRow> of(List<SpeakerRequest> requests, Map<Long, Organisation> coalitionMembers) {
        List<SpeakerRequest> listed = requests.stream()
                .filter(r -> r.getStatus() == SpeakerStatus.REQUESTED || r.getStatus() == SpeakerStatus.CONFIRMED).toList();
        List<BalanceRow> rows = new ArrayList<>();
        rows.addAll(organisationRows("region", listed, coalitionMembers, o -> o.getRegion().name()));
        rows.addAll(organisationRows("category", listed, coalitionMembers, Organisation::getCategory));
        Map<String, long[]> genders = new TreeMap<>();
        for (SpeakerRequest request : listed) {
            count(genders, request.getRepresentative().getGender().name(), request.getStatus() == SpeakerStatus.CONFIRMED);
        }
        genders.forEach((key, c) -> rows.add(new BalanceRow("gender", key, c[0], c[1])));
        return rows;
    }

    private static List<BalanceRow> organisationRows(String dimension, List<SpeakerRequest> listed, Map<Long, Organisation> coalitionMembers,
            Function<Organisation, String> key) {
        Map<String, long[]> counts = new TreeMap<>();
        for (SpeakerRequest request : listed) {
            boolean confirmed = request.getStatus() == SpeakerStatus.CONFIRMED;
            count(counts, key.apply(request.getOrganisation()), confirmed);
            request.getOnBehalfOf().stream().map(b -> coalitionMembers.get(b.getOrganisationId())).filter(o -> o != null)
                    .forEach(o -> count(counts, key.apply(o), confirmed));
        }
        return counts.entrySet().stream().map(e -> new BalanceRow(dimension, e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static void count(Map<String, long[]> counts, String key, boolean confirmed) {
        long[] c = counts.computeIfAbsent(key, k -> new long[2]);
        if (confirmed) {
            c[0]++;
        }
        c[1]++;
    }
}
