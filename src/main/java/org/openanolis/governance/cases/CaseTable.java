package org.openanolis.governance.cases;

import java.util.Arrays;
import java.util.List;

/**
 * The table a kind of case is kept in, as the shared queries need it: its name, the column naming the person who
 * opened the case, and the statuses that count as open. Constants of the feature, never input.
 */
public record CaseTable(String name, String proposerColumn, List<String> openStatuses) {

    public static <S extends Enum<S> & CaseStatus> CaseTable of(String name, String proposerColumn,
                                                                Class<S> statuses) {
        return new CaseTable(name, proposerColumn, Arrays.stream(statuses.getEnumConstants())
                .filter(CaseStatus::isOpen).map(Enum::name).toList());
    }
}
