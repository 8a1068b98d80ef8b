package org.openanolis.governance.publishing.exports;

import java.util.Optional;

import org.openanolis.governance.sig.MeetingSchedule;

/** A SIG's meeting schedule if it states one: {@code SigMeetings::of}, or fixed data in tests. */
@FunctionalInterface
public interface MeetingLookup {

    MeetingLookup NONE = sig -> Optional.empty();

    Optional<MeetingSchedule> of(String sig);
}
