package org.openanolis.governance.sig;

import java.util.ArrayList;
import java.util.List;

/**
 * Who leads a SIG: 2 to 3 chairs and 0 to 3 tech leads (DOMAIN.md, Process 1), in the order they were named.
 * A person may hold both roles.
 */
public record Leads(List<String> chairs, List<String> techLeads) {

    public static final int MIN_CHAIRS = 2;
    public static final int MAX_CHAIRS = 3;
    public static final int MAX_TECH_LEADS = 3;

    public Leads {
        chairs = List.copyOf(chairs);
        techLeads = List.copyOf(techLeads);
    }

    public boolean contains(String person) {
        return chairs.contains(person) || techLeads.contains(person);
    }

    /** The leads once this person has left every role they hold. */
    public Leads without(String person) {
        return new Leads(minus(chairs, List.of(person)), minus(techLeads, List.of(person)));
    }

    /** The leads after a change: removals first, then additions at the end, none named twice. */
    public Leads changedBy(LeadershipChange change) {
        return new Leads(plus(minus(chairs, change.removeChairs()), change.addChairs()),
                plus(minus(techLeads, change.removeTechLeads()), change.addTechLeads()));
    }

    private static List<String> minus(List<String> list, List<String> removed) {
        return list.stream().filter(id -> !removed.contains(id)).toList();
    }

    private static List<String> plus(List<String> list, List<String> added) {
        List<String> all = new ArrayList<>(list);
        added.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }
}
