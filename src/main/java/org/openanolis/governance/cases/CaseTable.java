package org.openanolis.governance.cases;

import java.util.Arrays;
import java.util.List;

/**
 * The table a kind of case is kept in, as the shared queries need it: its name, the column naming the person who
 * opened the case, the column of the case's name, and the statuses that count as open. Constants of the feature,
 * never input; each table also has {@code id}, {@code status}, {@code submitted_at}, {@code updated_at},
 * {@code process_instance_id} and the name's key, {@link #keyColumn}.
 */
public record CaseTable(String name, String proposerColumn, String nameColumn, List<String> openStatuses) {

    public static <S extends Enum<S> & CaseStatus> CaseTable of(String name, String proposerColumn,
                                                                String nameColumn, Class<S> statuses) {
        return new CaseTable(name, proposerColumn, nameColumn, Arrays.stream(statuses.getEnumConstants())
                .filter(CaseStatus::isOpen).map(Enum::name).toList());
    }

    /** The case's name stripped and in lower case, which names are compared by: {@code <nameColumn>_key}. */
    public String keyColumn() {
        return nameColumn + "_key";
    }
}
