package org.openanolis.governance.portal;

import java.util.List;

/**
 * A case's process as the case page draws it: the deployed BPMN of the case's own process definition, the
 * steps it is at now and the steps it has passed, each in the order the case reached them.
 *
 * @param current the running activities (the call activity while the committee vote runs); empty once ended
 * @param passed  finished activities that are not running again now
 */
public record CaseDiagram(String xml, List<Step> current, List<Step> passed) {

    /** A step of the diagram: its BPMN id (what the viewer marks) and its name (what a reader hears). */
    public record Step(String id, String name) {
    }
}
