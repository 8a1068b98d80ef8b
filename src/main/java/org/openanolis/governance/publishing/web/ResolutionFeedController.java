package org.openanolis.governance.publishing.web;

import org.openanolis.governance.publishing.ResolutionFeed;
import org.openanolis.governance.publishing.Resolutions;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.Languages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/** The register's Atom feed, public: the latest resolutions, in the reader's language. */
@RestController
@RequiredArgsConstructor
class ResolutionFeedController {

    /** As many entries as feed readers keep; older resolutions are in the register. */
    static final int ENTRIES = 50;
    static final String ATOM = "application/atom+xml;charset=UTF-8";

    private final Resolutions resolutions;
    private final GovernanceProperties properties;

    @GetMapping(path = "/feeds/resolutions.atom", produces = ATOM)
    String feed() {
        return ResolutionFeed.of(resolutions.latest(ENTRIES), properties.baseUrl(), Languages.current());
    }
}
