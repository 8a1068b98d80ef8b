package org.openanolis.governance.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Every kind of case the features have plugged in. */
@Component
@RequiredArgsConstructor
class CaseKinds {

    private final List<CaseKind<?>> kinds;

    Optional<CaseKind<?>> byKey(String caseType) {
        return kinds.stream().filter(k -> k.type().key().equals(caseType)).findFirst();
    }

    List<CaseKind<?>> all() {
        return kinds;
    }
}
