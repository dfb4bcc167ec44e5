package org.tribune.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.tribune.app.TestServer;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The sitemaps.org schemas ({@code src/test/resources/sitemaps/}), and a check of every sitemap a
 * server serves against them: the index, and each file the index lists. Warnings count as errors.
 */
final class SitemapSchemas {
    static final Schema INDEX = load("/sitemaps/siteindex.xsd");
    static final Schema URLSET = load("/sitemaps/sitemap.xsd");

    private SitemapSchemas() {}

    private static Schema load(String resource) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // No network at test time: the schemas import nothing.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(
                    new StreamSource(SitemapSchemas.class.getResource(resource).toExternalForm()));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read schema " + resource, e);
        }
    }

    /** The problems the schema finds in {@code xml}, each as "line:column message"; empty when valid. */
    static List<String> problems(Schema schema, byte[] xml) {
        List<String> problems = new ArrayList<>();
        var validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                warning(e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                warning(e);
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** Validates the index and every file it lists; returns the paths of the listed files. */
    static List<String> assertEverySitemapValid(TestServer server) {
        String base = server.uri("").toString();
        byte[] index = fetch(server, SitemapPages.INDEX);
        assertThat(problems(INDEX, index)).as(SitemapPages.INDEX).isEmpty();
        NodeList locs = FeedWritersTest.dom(index).getElementsByTagNameNS(SitemapXml.SITEMAP_NS, "loc");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            String path = locs.item(i).getTextContent().substring(base.length());
            listed.add(path);
            assertThat(problems(URLSET, fetch(server, path))).as(path).isEmpty();
        }
        return listed;
    }

    private static byte[] fetch(TestServer server, String path) {
        HttpResponse<byte[]> response = server.getBytes(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }
}
