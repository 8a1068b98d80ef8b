package org.openanolis.governance.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Every kind of case the features have plugged in. */
@Component
@RequiredArgsConstructor
public class CaseKinds {

    private final List<CaseKind<?>> kinds;

    public Optional<CaseKind<?>> byKey(String caseType) {
        return kinds.stream().filter(k -> k.type().key().equals(caseType)).findFirst();
    }

    public List<CaseKind<?>> all() {
        return kinds;
    }
}
