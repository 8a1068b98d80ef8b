package org.openanolis.governance.onboarding.web;

import org.openanolis.governance.onboarding.ArchivingProposal;

import lombok.Getter;
import lombok.Setter;

/** The archiving form exactly as typed; the service judges it. */
@Getter
@Setter
public class ArchivingInput {

    private String project;
    private String reason;

    ArchivingProposal toDetails() {
        return new ArchivingProposal(project, reason);
    }
}
