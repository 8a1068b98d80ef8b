package org.openanolis.governance.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The names of the processes' steps in the reader's language. The models in bpmn/ name their steps in English, as
 * Camunda Modeler and Cockpit show them; a reader of the portal sees each named flow node and sequence flow under
 * its message {@code bpmn.<processId>.<elementId>} (bundle {@code i18n/bpmn}, whose English a test keeps equal to
 * the models' names), or under the model's own name when there is none, as for a step of an older version.
 */
public final class BpmnNames {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private BpmnNames() {
    }

    /** The key of an element's name: {@code bpmn.<processId>.<elementId>}. */
    public static String key(String processId, String elementId) {
        return "bpmn." + processId + "." + elementId;
    }

    /**
     * An element's name in the reader's language, its name in the model when it has no message. English readers
     * read the model's name itself, so that a step of an older version keeps the name it had.
     */
    public static String of(String processId, String elementId, String modelName) {
        return inEnglish() ? modelName : Languages.textOr(modelName, key(processId, elementId));
    }

    /**
     * The BPMN XML with every name inside its processes in the reader's language, for bpmn-js to draw. English
     * readers get the model as deployed, byte for byte. The XML is the engine's deployed model and the names our
     * messages; still it is parsed as any XML should be, without a document type or anything external.
     */
    public static byte[] inReadersLanguage(byte[] bpmnXml) {
        if (inEnglish()) {
            return bpmnXml;
        }
        try {
            Document model = parser().parse(new ByteArrayInputStream(bpmnXml));
            NodeList processes = model.getElementsByTagNameNS(BPMN, "process");
            for (int p = 0; p < processes.getLength(); p++) {
                Element process = (Element) processes.item(p);
                NodeList elements = process.getElementsByTagNameNS(BPMN, "*");
                for (int e = 0; e < elements.getLength(); e++) {
                    Element element = (Element) elements.item(e);
                    if (element.hasAttribute("name") && element.hasAttribute("id")) {
                        element.setAttribute("name",
                                of(process.getAttribute("id"), element.getAttribute("id"), element.getAttribute("name")));
                    }
                }
            }
            return written(model);
        } catch (ParserConfigurationException | SAXException | IOException | TransformerException e) {
            throw new IllegalStateException("The deployed BPMN could not be read: " + e.getMessage(), e);
        }
    }

    private static boolean inEnglish() {
        return Languages.current().equals(Languages.ENGLISH);
    }

    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder();
    }

    private static byte[] written(Document model) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
        // No standalone="no" in the declaration the model did not have.
        model.setXmlStandalone(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(model), new StreamResult(out));
        return out.toByteArray();
    }
}
