package org.openanolis.governance.publishing;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.openanolis.governance.system.Languages;

/**
 * The register as an Atom feed (RFC 4287), written by an XML writer, which escapes whatever the record holds: an entry
 * per resolution, the latest first, its id the resolution's page, which never changes, its content the minutes.
 */
public final class ResolutionFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final String baseUrl;
    private final Locale language;
    private XMLStreamWriter xml;

    private ResolutionFeed(String baseUrl, Locale language) {
        this.baseUrl = baseUrl;
        this.language = Languages.supported(language);
    }

    /** The feed of these resolutions, for a portal at this base URL, in this language. */
    public static String of(List<Resolution> resolutions, String baseUrl, Locale language) {
        return new ResolutionFeed(baseUrl.replaceAll("/+$", ""), language).write(resolutions);
    }

    /** The page of a resolution: its entry's id and link. */
    public static String pageOf(String baseUrl, String number) {
        return baseUrl.replaceAll("/+$", "") + "/decisions/" + number;
    }

    private String write(List<Resolution> resolutions) {
        StringWriter out = new StringWriter();
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", Languages.tag(language));
            text("id", baseUrl + "/feeds/resolutions.atom");
            text("title", Languages.textIn(language, "resolutions.feed.title"));
            text("updated", (resolutions.isEmpty() ? Instant.EPOCH : resolutions.get(0).decidedAt()).toString());
            link("self", baseUrl + "/feeds/resolutions.atom", "application/atom+xml");
            link("alternate", baseUrl + "/decisions", "text/html");
            xml.writeStartElement("author");
            text("name", Languages.textIn(language, "resolutions.feed.author"));
            xml.writeEndElement();
            for (Resolution r : resolutions) {
                entry(r);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The resolutions feed could not be written", e);
        }
        return out.toString();
    }

    private void entry(Resolution r) throws XMLStreamException {
        xml.writeStartElement("entry");
        text("id", pageOf(baseUrl, r.number()));
        text("title", Languages.textIn(language, "resolutions.feed.entry", r.number(), r.caseName(),
                Languages.wordIn(language, "outcome.", r.outcome().name())));
        text("published", r.decidedAt().toString());
        text("updated", r.decidedAt().toString());
        link("alternate", pageOf(baseUrl, r.number()), "text/html");
        if (r.caseUrl() != null) {
            link("related", r.caseUrl(), "text/html");
        }
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", r.caseType());
        xml.writeAttribute("label", r.caseKind());
        text("summary", r.question());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(ResolutionMinutes.of(r, language));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void text(String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void link(String relation, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", relation);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
