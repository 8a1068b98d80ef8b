package org.openanolis.governance.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies of valid project proposals for {@code POST /api/project-proposals}. */
public final class ProjectProposalBodies {

    private ProjectProposalBodies() {
    }

    /** A valid proposal under an ACTIVE sponsor SIG, maintained by Quinn and Rita. */
    public static Map<String, Object> valid(String name, String sponsor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("summary", "A container runtime for confidential workloads");
        body.put("description", String.join(" ", Collections.nCopies(120, "word")));
        body.put("repositoryUrl", "https://git.example.org/" + name);
        body.put("website", "https://" + name + ".example.org");
        body.put("license", "Apache-2.0");
        body.put("sponsorSig", sponsor);
        body.put("maintainers", List.of("quinn", "rita"));
        body.put("securityContact", "security@example.org");
        body.put("codeOfConductUrl", "https://example.org/code-of-conduct");
        body.put("originOrganization", "Community Foundation");
        return body;
    }
}
