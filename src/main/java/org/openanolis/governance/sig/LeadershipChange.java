package org.openanolis.governance.sig;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.openanolis.governance.cases.CaseDetails;
import org.springframework.context.MessageSourceResolvable;

/**
 * What a leadership change proposes for one SIG: chairs and tech leads to add and to remove, and why. Also the
 * body of POST /api/sig-leadership-changes, where a list left out means nobody; the stored change has every list.
 */
public record LeadershipChange(String sig, List<String> addChairs, List<String> removeChairs,
                               List<String> addTechLeads, List<String> removeTechLeads, String reason)
        implements CaseDetails {

    @Override
    public String caseName() {
        return sig + " leadership";
    }

    @Override
    public MessageSourceResolvable nameMessage() {
        return CaseDetails.name("names.sig-leadership-change", caseName(), sig);
    }

    /** Everyone the change adds or removes: recused from its vote, told of its result. */
    public Set<String> peopleConcerned() {
        Set<String> people = new LinkedHashSet<>();
        for (List<String> list : lists()) {
            people.addAll(list);
        }
        return people;
    }

    /** The four lists in the order of the fields: add chairs, remove chairs, add tech leads, remove tech leads. */
    List<List<String>> lists() {
        return List.of(orEmpty(addChairs), orEmpty(removeChairs), orEmpty(addTechLeads), orEmpty(removeTechLeads));
    }

    /** The change with no list missing and the SIG's name and each person's id without surrounding blanks. */
    LeadershipChange cleaned() {
        return new LeadershipChange(sig.strip(), strip(addChairs), strip(removeChairs), strip(addTechLeads),
                strip(removeTechLeads), reason);
    }

    /** The same change for the SIG as the directory spells its name. */
    LeadershipChange forSig(String registeredName) {
        return new LeadershipChange(registeredName, addChairs, removeChairs, addTechLeads, removeTechLeads, reason);
    }

    private static List<String> strip(List<String> ids) {
        return orEmpty(ids).stream().map(String::strip).toList();
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
