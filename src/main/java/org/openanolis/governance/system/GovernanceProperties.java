package org.openanolis.governance.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The typed {@code governance.*} settings. Every timer is an ISO-8601 {@link Duration}, so a demo can
 * shrink a week to seconds on the command line.
 */
@ConfigurationProperties("governance")
public record GovernanceProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Vote vote,
        @DefaultValue Sig sig,
        @DefaultValue Mail mail,
        @DefaultValue Project project,
        @DefaultValue Partner partner) {

    /** The committee vote's clock: window, the least time before an early close, the one extension. */
    public record Vote(
            @DefaultValue("P7D") Duration window,
            @DefaultValue("PT72H") Duration minOpen,
            @DefaultValue("P7D") Duration extension) {
    }

    /** A proposal waiting for the proposer's changes: when to remind, when it expires. */
    public record Sig(
            @DefaultValue({"P14D", "P28D"}) List<Duration> revisionReminders,
            @DefaultValue("P30D") Duration revisionTimeout) {
    }

    /**
     * Project onboarding: licenses that pass without legal review, how long the sponsoring SIG has to endorse,
     * the contribution agreement's reminders and timeout, and the onboarding checklist's target; and a stage change
     * waiting for its proposer's changes: when to remind, when it expires.
     */
    public record Project(
            @DefaultValue({"Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause", "MPL-2.0", "GPL-2.0-only",
                    "GPL-3.0-only", "LGPL-2.1-only", "MulanPSL-2.0"}) List<String> allowedLicenses,
            @DefaultValue("P14D") Duration endorsementTimeout,
            @DefaultValue({"P14D", "P28D"}) List<Duration> agreementReminders,
            @DefaultValue("P30D") Duration agreementTimeout,
            @DefaultValue("P30D") Duration checklistTarget,
            @DefaultValue({"P14D", "P28D"}) List<Duration> revisionReminders,
            @DefaultValue("P30D") Duration revisionTimeout) {

        /** SPDX ids are compared without regard to case, as the SPDX specification says. */
        public boolean allows(String license) {
            return license != null && allowedLicenses.stream().anyMatch(l -> l.equalsIgnoreCase(license.strip()));
        }
    }

    /**
     * Partner approval: the agreement applicants accept, the OpenAnolis releases a product may be certified on,
     * the reviewers' first-response target, the applicant's silence, and the certificate's life.
     */
    public record Partner(
            @DefaultValue("1.0") String agreementVersion,
            @DefaultValue({"anolis-8.8", "anolis-8.9", "anolis-8.10", "anolis-23.1", "anolis-23.2"})
            List<String> supportedReleases,
            @DefaultValue("P3D") Duration verificationResponse,
            @DefaultValue({"P14D", "P28D"}) List<Duration> revisionReminders,
            @DefaultValue("P30D") Duration revisionTimeout,
            @DefaultValue("P365D") Duration certificateValidity,
            @DefaultValue({"P60D", "P30D", "P7D"}) List<Duration> certificateReminders) {

        /** Whether a product's base release is one a partner may be certified on, ignoring case and spaces around it. */
        public boolean supports(String baseRelease) {
            return baseRelease != null && supportedReleases.stream()
                    .anyMatch(r -> r.strip().equalsIgnoreCase(baseRelease.strip()));
        }
    }

    /** Where mail goes and how the outbox retries it. */
    public record Mail(
            @DefaultValue("lists.example.org") String domain,
            String communityList,
            String from,
            @DefaultValue("en") String language,
            @DefaultValue("PT5S") Duration pollInterval,
            @DefaultValue("PT2M") Duration claimLease,
            @DefaultValue Retry retry) {

        public String communityListAddress() {
            return communityList != null && !communityList.isBlank() ? communityList : "community@" + domain;
        }

        /** The language of mails to lists and to people who have not chosen one: English unless set to zh-CN. */
        public Locale defaultLanguage() {
            return Languages.of(language).orElse(Languages.ENGLISH);
        }

        public String fromAddress() {
            return from != null && !from.isBlank() ? from : "governance@" + domain;
        }
    }

    /** Back-off for a notification that could not be sent. */
    public record Retry(
            @DefaultValue("PT30S") Duration initialInterval,
            @DefaultValue("2") double multiplier,
            @DefaultValue("PT30M") Duration maxInterval,
            @DefaultValue("12") int maxAttempts) {

        /** The wait before attempt {@code attempt + 1}, after {@code attempt} failures (1-based). */
        public Duration delayAfter(int attempt) {
            double millis = initialInterval.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
            return Duration.ofMillis((long) Math.min(millis, maxInterval.toMillis()));
        }
    }
}
