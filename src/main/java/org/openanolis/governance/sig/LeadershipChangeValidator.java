package org.openanolis.governance.sig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openanolis.governance.people.People;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.FormVerdict;
import org.openanolis.governance.system.TextRules;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Checks a leadership change whole against the SIG's leads as they are (DOMAIN.md "Life after entry", SIGs): every
 * person added is registered and not yet in the role, every person removed holds it, nobody is both, and afterwards
 * the SIG has 2 to 3 chairs and at most 3 tech leads. Another open change of the same SIG is a clash (409).
 */
@Component
@RequiredArgsConstructor
class LeadershipChangeValidator {

    private static final List<String> FIELDS = List.of("addChairs", "removeChairs", "addTechLeads", "removeTechLeads");

    private final People people;
    private final SigLeadershipChangeRepository changes;

    /**
     * @param sig   the SIG's name as registered, null when the change names no ACTIVE SIG
     * @param leads its leads now, null with it
     */
    FormVerdict check(LeadershipChange change, String sig, Leads leads) {
        List<FieldProblem> invalid = new ArrayList<>();
        if (TextRules.singleLine("sig", change.sig(), 40, true, invalid) && sig == null) {
            invalid.add(FieldProblem.of("sig", "not-active-sig"));
        }
        boolean listsValid = checkLists(change.lists(), sig, leads, invalid);
        if (listsValid && leads != null) {
            checkOutcome(change.cleaned(), sig, leads, invalid);
        }
        TextRules.multiLine("reason", change.reason(), 4000, true, invalid);
        List<FieldProblem> clashes = new ArrayList<>();
        if (invalid.isEmpty() && changes.openCaseNamed(change.cleaned().caseName(), null)) {
            clashes.add(FieldProblem.of("sig", "open-leadership-change"));
        }
        return new FormVerdict(invalid, clashes);
    }

    /** Each list on its own, and each person against the role; whether no problem was found. */
    private boolean checkLists(List<List<String>> lists, String sig, Leads leads, List<FieldProblem> invalid) {
        int before = invalid.size();
        Set<String> added = new HashSet<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            String field = FIELDS.get(i);
            List<String> ids = lists.get(i);
            if (ids.size() > Leads.MAX_CHAIRS) {
                // Each entry would be looked up in the identity store: an over-long list is refused whole, unread.
                invalid.add(FieldProblem.of(field, "at-most-people", Leads.MAX_CHAIRS));
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < ids.size(); j++) {
                String f = field + "[" + j + "]";
                if (!TextRules.singleLine(f, ids.get(j), 100, true, invalid)) {
                    continue;
                }
                String id = ids.get(j).strip();
                if (!seen.add(id)) {
                    invalid.add(FieldProblem.of(f, "named-twice"));
                    continue;
                }
                Object[] problem = roleProblem(i, id, sig, leads, added);
                if (problem != null) {
                    invalid.add(FieldProblem.of(f, (String) problem[0], Arrays.copyOfRange(problem, 1, problem.length)));
                }
            }
        }
        return invalid.size() == before;
    }

    /** What is wrong with naming this person in list {@code list}, or null. */
    /** The problem's code and its arguments, or null for none. */
    private Object[] roleProblem(int list, String id, String sig, Leads leads, Set<String> added) {
        boolean adding = list % 2 == 0;
        boolean chairs = list < 2;
        if (adding) {
            added.add((chairs ? "chair:" : "lead:") + id);
            if (!people.exists(id)) {
                return new Object[] {"not-registered"};
            }
            if (leads != null && (chairs ? leads.chairs() : leads.techLeads()).contains(id)) {
                return new Object[] {chairs ? "already-chair" : "already-tech-lead", sig};
            }
            return null;
        }
        if (added.contains((chairs ? "chair:" : "lead:") + id)) {
            return new Object[] {"added-and-removed"};
        }
        if (leads != null && !(chairs ? leads.chairs() : leads.techLeads()).contains(id)) {
            return new Object[] {chairs ? "not-chair" : "not-tech-lead", sig};
        }
        return null;
    }

    /** The SIG as the change would leave it keeps 2 to 3 chairs and at most 3 tech leads; the change changes something. */
    private static void checkOutcome(LeadershipChange change, String sig, Leads leads, List<FieldProblem> invalid) {
        if (change.peopleConcerned().isEmpty()) {
            invalid.add(FieldProblem.of("changes", "leadership-changes-none"));
            return;
        }
        Leads after = leads.changedBy(change);
        int chairs = after.chairs().size();
        if (chairs < Leads.MIN_CHAIRS) {
            invalid.add(FieldProblem.of("removeChairs", "leaves-chairs", sig, chairs));
        } else if (chairs > Leads.MAX_CHAIRS) {
            invalid.add(FieldProblem.of("addChairs", "gives-chairs", sig, chairs));
        }
        if (after.techLeads().size() > Leads.MAX_TECH_LEADS) {
            invalid.add(FieldProblem.of("addTechLeads", "gives-tech-leads", sig, after.techLeads().size()));
        }
    }
}
