package org.openanolis.governance.notification;

import java.util.Locale;
import java.util.Map;

/**
 * One recipient's mail as it is written to the outbox, before its bodies are rendered.
 *
 * @param subject   header-safe, in the recipient's language
 * @param language  the language the bodies are rendered in
 * @param variables the template's variables, plain JSON values only
 */
record MailDraft(String subject, Locale language, Map<String, Object> variables) {
}
