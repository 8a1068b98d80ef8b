package org.openanolis.governance.system;

import java.util.List;

import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/**
 * Refuses a new case to a person who already has {@code governance.cases.max-open-per-person} open, of every kind
 * together: 409, before anything is stored, started or mailed. A withdrawn or decided case frees its place. Two
 * submissions of the same person at the same instant may both pass the count: the limit stops a loop, not a race.
 */
@Service
@RequiredArgsConstructor
public class OpenCaseLimit {

    private final List<OpenCaseCount> counts;
    private final CaseProperties properties;

    public void admit(String person) {
        int open = counts.stream().mapToInt(count -> count.openCasesOf(person)).sum();
        if (open >= properties.maxOpenPerPerson()) {
            throw new ConflictException(Languages.text("error.open-case-limit", open, properties.maxOpenPerPerson()));
        }
    }
}
