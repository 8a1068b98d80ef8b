package org.openanolis.governance.notification;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.casetype.CaseTypes;
import org.openanolis.governance.system.Languages;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Turns a {@link Notice} into one recipient's mail, in two steps: its {@link MailDraft} (subject, language and the
 * template's variables) when the notification is written, in the caller's transaction, and its bodies when the
 * dispatcher sends it, from the draft the outbox row keeps. Rendering the templates is most of a mail's cost, and a
 * vote's last ballot writes many mails: it is done on the dispatcher's thread, not in the request.
 * <p>
 * The engine is a dedicated one, not the portal's: {@code mail/<name>.txt} in TEXT mode, {@code mail/<name>.html} in
 * HTML mode. Whatever users typed reaches the templates only as variable values, which Thymeleaf treats as data
 * (escaped in HTML, verbatim in text); the subject is built here, never by a template.
 */
class NotificationRenderer {

    static final String TEMPLATE_ROOT = "templates/mail/";

    private static final Pattern NOT_IN_A_HEADER = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]");
    private static final int MAX_SUBJECT = 900;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final String baseUrl;
    private final CaseTypes caseTypes;
    private final MessageSource messages;
    private final Locale defaultLanguage;
    private final SpringTemplateEngine engine;

    NotificationRenderer(String baseUrl, CaseTypes caseTypes, MessageSource messages, Locale defaultLanguage) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.caseTypes = caseTypes;
        this.messages = messages;
        this.defaultLanguage = defaultLanguage;
        this.engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 1));
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 2));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(NotificationRenderer.class.getClassLoader());
        resolver.setPrefix(TEMPLATE_ROOT);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** What one recipient's mail is made of, decided now: in their language, or else the community's default. */
    MailDraft draft(Notice notice, Recipient recipient) {
        Locale language = recipient.languageOr(defaultLanguage);
        return new MailDraft(subject(notice, language), language, variables(notice, recipient));
    }

    /**
     * The mail an outbox row holds: its bodies as sent when it has them (rows written before the dispatcher rendered
     * them), else rendered now from its language and variables.
     */
    RenderedMail render(OutboxEntry entry) {
        if (entry.bodyText() != null && entry.bodyHtml() != null) {
            return new RenderedMail(entry.subject(), entry.bodyText(), entry.bodyHtml());
        }
        if (entry.model() == null) {
            throw new IllegalStateException("Notification " + entry.id() + " has neither bodies nor variables");
        }
        Locale language = entry.language() == null ? defaultLanguage : Locale.forLanguageTag(entry.language());
        return render(entry.type(), entry.subject(), language, MailVariables.read(entry.model()));
    }

    /**
     * One recipient's mail at once, rendered as the dispatcher renders it: from the variables as the outbox row keeps
     * them, JSON and back.
     */
    RenderedMail render(Notice notice, Recipient recipient) {
        MailDraft draft = draft(notice, recipient);
        return render(notice.type(), draft.subject(), draft.language(),
                MailVariables.read(MailVariables.write(draft.variables())));
    }

    private RenderedMail render(NoticeType type, String subject, Locale language, Map<String, Object> variables) {
        Context context = new Context(language, variables);
        String template = type.template();
        return new RenderedMail(subject, engine.process(template + ".txt", context),
                engine.process(template + ".html", context));
    }

    /**
     * {@code [caseName] phrase} in the given language, with every control character a space so nothing can reach
     * another header. A detail that is a code with a message of its own ({@code outcome.APPROVED}) is translated.
     */
    String subject(Notice notice, Locale language) {
        NoticeType type = notice.type();
        String phrase = messages.getMessage("mail.subject." + type.template(), null, type.phrase(), language);
        Object detail = type.detail(notice.model());
        if (detail != null && !detail.toString().isBlank()) {
            String shown = messages.getMessage("outcome." + detail, null, detail.toString(), language);
            phrase = messages.getMessage("mail.subject.with-detail", new Object[] {phrase, shown}, phrase + ": " + shown,
                    language);
        }
        String name = caseName(notice, language);
        String subject = name == null || name.isBlank() ? phrase : "[" + name.strip() + "] " + phrase;
        subject = NOT_IN_A_HEADER.matcher(subject).replaceAll(" ");
        return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
    }

    /**
     * The case's name in the given language where it is made of words ({@code Removal of alice}), else as it is. The
     * English message gives the stored name exactly, so English subjects stay as the tests and filters know them.
     */
    private String caseName(Notice notice, Locale language) {
        return notice.nameMessage() == null ? notice.caseName() : messages.getMessage(notice.nameMessage(), language);
    }

    /** The case's page in the portal. */
    String caseUrl(String caseType, String caseId) {
        CaseType type = caseTypes.byKey(caseType).orElseThrow(() -> new IllegalArgumentException(
                "Unknown case type " + caseType + ", expected one of "
                        + caseTypes.all().stream().map(CaseType::key).toList()));
        return baseUrl + type.pagePath(UriUtils.encodePathSegment(caseId, UTF_8));
    }

    /** Whether this recipient's mail is written in another language than English. */
    boolean readsOtherThanEnglish(Recipient recipient) {
        return recipient != null && !recipient.languageOr(defaultLanguage).equals(Languages.ENGLISH);
    }

    /** The host named in Message-IDs: the portal's. */
    String host() {
        String host = URI.create(baseUrl).getHost();
        return host == null || host.isBlank() ? "localhost" : host;
    }

    private Map<String, Object> variables(Notice notice, Recipient recipient) {
        Map<String, Object> variables = new HashMap<>();
        notice.model().forEach((key, value) -> variables.put(key, readable(value)));
        variables.put("recipientName", blankToNull(recipient.name()));
        variables.put("caseName", caseName(notice, recipient.languageOr(defaultLanguage)));
        variables.put("caseType", notice.caseType());
        variables.put("caseUrl", caseUrl(notice.caseType(), notice.caseId()));
        variables.put("baseUrl", baseUrl);
        Object taskId = notice.model().get("taskId");
        variables.put("taskUrl", taskId == null || taskId.toString().isBlank() ? null
                : baseUrl + "/tasks/" + UriUtils.encodePathSegment(taskId.toString(), UTF_8));
        return variables;
    }

    /**
     * Instants as people read them, also inside the ballots; maps and lists as maps and lists; strings, numbers and
     * booleans as they came; anything else (a code, a date) as its text, which is what a template shows of it. What
     * is left is plain JSON, kept in the outbox row until the dispatcher renders the mail.
     */
    private static Object readable(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Instant instant) {
            return WHEN.format(instant);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), readable(v)));
            return copy;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>(collection.size());
            collection.forEach(v -> copy.add(readable(v)));
            return copy;
        }
        return value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
