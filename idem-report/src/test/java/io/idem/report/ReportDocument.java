package io.idem.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rendered report parsed with the JDK's XML parser. The report is written as well-formed
 * XHTML-compatible HTML, so a parse failure is itself a test failure, and XPath finds elements.
 */
final class ReportDocument {

    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private ReportDocument(Document document) {
        this.document = document;
    }

    static ReportDocument parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return new ReportDocument(builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
    }

    List<Element> all(String expression) throws XPathExpressionException {
        NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    Element one(String expression) throws XPathExpressionException {
        List<Element> elements = all(expression);
        if (elements.size() != 1) {
            throw new AssertionError("expected one element for " + expression + " but found " + elements.size());
        }
        return elements.get(0);
    }

    String text(String expression) throws XPathExpressionException {
        return one(expression).getTextContent();
    }

    /** Returns the text of each cell of each body row of the table, row by row. */
    static List<List<String>> rows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        NodeList bodies = table.getElementsByTagName("tbody");
        NodeList trs = ((Element) bodies.item(0)).getElementsByTagName("tr");
        for (int i = 0; i < trs.getLength(); i++) {
            NodeList cells = ((Element) trs.item(i)).getElementsByTagName("td");
            List<String> row = new ArrayList<>();
            for (int j = 0; j < cells.getLength(); j++) {
                row.add(cells.item(j).getTextContent());
            }
            rows.add(row);
        }
        return rows;
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
