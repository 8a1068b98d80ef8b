package org.openanolis.governance.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies of valid SIG proposals for {@code POST /api/sig-proposals}, as the scenarios and benchmarks send them. */
public final class SigProposalBodies {

    private SigProposalBodies() {
    }

    /** A valid proposal chaired by Quinn and Rita, so that nobody on the steering committee is recused. */
    public static Map<String, Object> valid(String name) {
        return valid(name, List.of("quinn", "rita"));
    }

    public static Map<String, Object> valid(String name, List<String> chairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("displayName", "Confidential AI");
        body.put("mission", "Confidential computing for AI workloads.");
        body.put("scopeIn", "TEE runtimes, attestation");
        body.put("chairs", chairs);
        body.put("securityContact", chairs.get(0));
        body.put("meetingCadence", "BIWEEKLY");
        body.put("repositories", List.of(name + "/runtime"));
        return body;
    }
}
