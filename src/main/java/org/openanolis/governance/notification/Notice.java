package org.openanolis.governance.notification;

import java.util.Collection;
import java.util.Map;

public record Notice(NoticeType type, String caseType, String caseId, String caseName,
                     Collection<Recipient> to, Map<String, Object> model) {
}
