package org.openanolis.governance.cases;

import org.openanolis.governance.notification.CaseNames;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** {@link CaseNames} from the case itself: what its {@link CaseDetails#nameMessage()} says. */
@Component
@RequiredArgsConstructor
class CaseNameMessages implements CaseNames {

    private final CaseKinds kinds;

    @Override
    public MessageSourceResolvable nameMessage(String caseType, String caseId) {
        if (caseId == null) {
            return null;
        }
        return kinds.byKey(caseType).flatMap(kind -> kind.store().find(caseId)).map(CaseRecord::nameMessage)
                .orElse(null);
    }
}
