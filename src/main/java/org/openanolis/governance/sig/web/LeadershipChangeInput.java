package org.openanolis.governance.sig.web;

import org.openanolis.governance.portal.FormLines;
import org.openanolis.governance.sig.LeadershipChange;

import lombok.Getter;
import lombok.Setter;

/** The leadership change form exactly as typed: the four lists one person per line; the service judges them. */
@Getter
@Setter
public class LeadershipChangeInput {

    private String sig;
    private String addChairs;
    private String removeChairs;
    private String addTechLeads;
    private String removeTechLeads;
    private String reason;

    LeadershipChange toDetails() {
        return new LeadershipChange(sig, FormLines.of(addChairs), FormLines.of(removeChairs),
                FormLines.of(addTechLeads), FormLines.of(removeTechLeads), reason);
    }
}
