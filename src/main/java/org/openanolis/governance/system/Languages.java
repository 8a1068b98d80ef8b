package org.openanolis.governance.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The languages the portal and the mails are written in: English, the fallback every message has, and Simplified
 * Chinese. A bundle {@code i18n/<name>.properties} holds the English text and {@code i18n/<name>_zh_CN.properties}
 * the Chinese; a test keeps their keys the same.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

    /**
     * The message bundles, one per part of the product so that each stays readable: {@code messages} holds the
     * form fields' labels, {@code i18n/common} the words shared across pages (statuses, outcomes, stages, timeline
     * events, task names), {@code i18n/bpmn} the names the process diagrams draw (see {@link BpmnNames}),
     * {@code i18n/names} the names the system makes for cases, {@code i18n/comments} the words the system writes into
     * timelines (see {@code TimelineComment}), {@code i18n/publishing} the decision register's pages, feed and minutes,
     * the others the text of their own templates and, for
     * {@code problems}, of the errors.
     */
    public static final List<String> BUNDLES = List.of("messages", "i18n/common", "i18n/portal", "i18n/problems",
            "i18n/pages", "i18n/cases", "i18n/tasks", "i18n/mail", "i18n/notices", "i18n/errors", "i18n/forms",
            "i18n/bpmn", "i18n/comments", "i18n/names", "i18n/publishing");

    private static final MessageSource MESSAGES = messageSource();

    private Languages() {
    }

    /**
     * A message in the language of the request being answered (the reader's, see the portal's locale resolver), or
     * English outside a request: for the words the code itself writes, such as a field's problem or a problem's
     * detail. The message must exist; a test keeps every key in both languages.
     */
    public static String text(String code, Object... arguments) {
        return MESSAGES.getMessage(code, arguments, current());
    }

    /** {@link #text}, or the given words when there is no such message. */
    public static String textOr(String fallback, String code, Object... arguments) {
        return MESSAGES.getMessage(code, arguments, fallback, current());
    }

    /**
     * A message in this language with the values filling its places as plain text (null as nothing), never read as a
     * pattern: for documents made of messages and data, such as Markdown minutes.
     */
    public static String textIn(Locale language, String code, Object... values) {
        Object[] texts = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            texts[i] = values[i] == null ? "" : values[i].toString();
        }
        return MESSAGES.getMessage(code, texts, supported(language));
    }

    /** The word for a code in this language ({@code status.} and {@code APPROVED}), the code itself where none. */
    public static String wordIn(Locale language, String prefix, String code) {
        return MESSAGES.getMessage(prefix + code, null, code, supported(language));
    }

    /** The language {@link #text} writes in: the reader's of the request being answered, English outside a request. */
    public static Locale current() {
        LocaleContext request = LocaleContextHolder.getLocaleContext();
        return request == null ? ENGLISH : supported(request.getLocale());
    }

    /** The same message source as {@link #text}, for Spring and the mail templates. */
    public static MessageSource messages() {
        return MESSAGES;
    }

    /**
     * The supported language a tag names: {@code en}, {@code en-GB} and the like are English, every Chinese tag is
     * Simplified Chinese, as that is the Chinese there is. Empty for anything else, a blank tag or no tag.
     */
    public static Optional<Locale> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /**
     * The messages of every bundle, read as UTF-8. A key missing in Chinese falls back to English, never to the
     * server's own language; a test keeps that from happening.
     */
    public static MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(BUNDLES.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(ENGLISH);
        return source;
    }

    /** The supported language a Locale stands for, English when none. */
    public static Locale supported(Locale locale) {
        return locale == null ? ENGLISH : of(locale.toLanguageTag()).orElse(ENGLISH);
    }

    /** The language's tag as kept in profiles and sent in {@code lang} attributes: {@code en}, {@code zh-CN}. */
    public static String tag(Locale locale) {
        return supported(locale).toLanguageTag();
    }
}
