package org.tribune.feed;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tribune.content.EditionTeaser;
import org.tribune.content.Lang;
import org.tribune.web.Messages;
import org.tribune.web.SitePaths;

/** The sitemap protocol's three documents, written as a stream of elements rather than built as a tree. */
final class SitemapXml {
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SitemapXml() {}

    /** A sitemap file listed in the index. */
    record Listed(String loc, Optional<Instant> lastmod) {}

    static byte[] index(List<Listed> sitemaps) {
        return document(w -> {
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(SITEMAP_NS);
            for (Listed sitemap : sitemaps) {
                w.writeStartElement("sitemap");
                element(w, "loc", sitemap.loc());
                if (sitemap.lastmod().isPresent()) {
                    element(w, "lastmod", date(sitemap.lastmod().get()));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** The URLs of one language, each with every language version of the page and x-default. */
    static byte[] urlset(Lang lang, List<PageLanguageVersions> pages, AbsoluteUrls urls) {
        return document(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            w.writeNamespace("xhtml", XHTML_NS);
            for (PageLanguageVersions page : pages) {
                w.writeStartElement("url");
                element(w, "loc", urls.of(page.path(lang)));
                if (page.lastmod(lang).isPresent()) {
                    element(w, "lastmod", date(page.lastmod(lang).get()));
                }
                for (Lang other : Lang.values()) {
                    if (page.existsIn(other)) {
                        alternate(w, other.tag(), urls.of(page.path(other)));
                    }
                }
                alternate(w, "x-default", urls.of(page.path(page.xDefault())));
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** Google News: each edition with its publication, named in the edition's language. */
    static byte[] news(List<EditionTeaser> editions, AbsoluteUrls urls) {
        return document(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            w.writeNamespace("news", NEWS_NS);
            for (EditionTeaser e : editions) {
                w.writeStartElement("url");
                element(w, "loc", urls.of(SitePaths.article(e.lang(), e.articleId())));
                w.writeStartElement("news", "news", NEWS_NS);
                w.writeStartElement("news", "publication", NEWS_NS);
                newsElement(w, "name", Messages.of(e.lang()).get("site.name"));
                newsElement(w, "language", newsLanguage(e.lang()));
                w.writeEndElement();
                newsElement(w, "publication_date", date(e.published()));
                newsElement(w, "title", e.title());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** Google News names Chinese by region rather than script: zh-cn for Simplified, zh-tw for Traditional. */
    static String newsLanguage(Lang lang) {
        return switch (lang) {
            case EN -> "en";
            case ZH_HANS -> "zh-cn";
            case ZH_HANT -> "zh-tw";
        };
    }

    /** W3C Datetime, to the second. */
    static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void alternate(XMLStreamWriter w, String hreflang, String href) throws XMLStreamException {
        w.writeEmptyElement("xhtml", "link", XHTML_NS);
        w.writeAttribute("rel", "alternate");
        w.writeAttribute("hreflang", hreflang);
        w.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void newsElement(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement("news", name, NEWS_NS);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] document(Body body) {
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write a sitemap", e);
        }
        return out.toByteArray();
    }
}
