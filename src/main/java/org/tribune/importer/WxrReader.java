package org.tribune.importer;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR: RSS 2.0 with the {@code wp:}, {@code content:},
 * {@code excerpt:} and {@code dc:} namespaces) as a stream, handing each author, term and item
 * to a listener as soon as it is read, so memory holds one item at a time whatever the size.
 *
 * <p>DTDs are refused outright: WXR never has one, and refusing it rules out entity expansion
 * ("billion laughs") and external entities before the parser could act on them.
 */
final class WxrReader {
    private static final XMLInputFactory FACTORY = secureFactory();

    /** What the reader finds, in document order: channel entries come before the items. */
    interface Listener {
        default void channelLanguage(String language) {}

        default void author(WxrAuthor author) {}

        default void term(WxrTerm term) {}

        void item(WxrItem item);
    }

    private final XMLStreamReader xml;

    private WxrReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    /**
     * Reads the whole export.
     *
     * @throws WxrUnreadable with the line and column where the XML is not well-formed, has a DTD or
     *     is not a WordPress export
     */
    static void read(InputStream in, Listener listener) {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            new WxrReader(xml).document(listener);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage();
            // The JDK's message repeats the position as "ParseError at [row,col]:[…]\nMessage: …".
            int m = message == null ? -1 : message.indexOf("Message: ");
            throw new WxrUnreadable(
                    at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber(),
                    "not well-formed XML: " + (m >= 0 ? message.substring(m + 9) : message));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read from it
                }
            }
        }
    }

    private void document(Listener listener) throws XMLStreamException {
        boolean sawRoot = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw unreadable("a DOCTYPE is not allowed in a WordPress export (refused: entity expansion and "
                        + "external entities)");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (!sawRoot) {
                if (!"rss".equals(name)) {
                    throw unreadable("expected a WordPress export (an <rss> root), got <" + name + ">");
                }
                sawRoot = true;
                continue;
            }
            switch (name) {
                case "language" -> listener.channelLanguage(xml.getElementText().strip());
                case "author" -> listener.author(author());
                case "term" -> listener.term(term());
                case "category", "tag" -> listener.term(categoryOrTag(name));
                case "item" -> listener.item(item());
                default -> {
                    // channel fields the import does not use
                }
            }
        }
    }

    private WxrAuthor author() throws XMLStreamException {
        Map<String, String> f = fields("author");
        return new WxrAuthor(
                f.getOrDefault("author_id", "").strip(),
                f.getOrDefault("author_login", ""),
                f.getOrDefault("author_display_name", ""));
    }

    private WxrTerm term() throws XMLStreamException {
        Map<String, String> f = fields("term");
        return new WxrTerm(
                f.getOrDefault("term_taxonomy", ""),
                f.getOrDefault("term_id", "").strip(),
                decoded(f.getOrDefault("term_slug", "")),
                f.getOrDefault("term_name", ""),
                decoded(f.getOrDefault("term_parent", "")),
                f.getOrDefault("term_description", ""));
    }

    private WxrTerm categoryOrTag(String name) throws XMLStreamException {
        Map<String, String> f = fields(name);
        return "tag".equals(name)
                ? new WxrTerm(
                        "post_tag",
                        f.getOrDefault("term_id", "").strip(),
                        decoded(f.getOrDefault("tag_slug", "")),
                        f.getOrDefault("tag_name", ""),
                        "",
                        "")
                : new WxrTerm(
                        "category",
                        f.getOrDefault("term_id", "").strip(),
                        decoded(f.getOrDefault("category_nicename", "")),
                        f.getOrDefault("cat_name", ""),
                        decoded(f.getOrDefault("category_parent", "")),
                        "");
    }

    /**
     * The text of each simple child element, by local name, up to the end of {@code element}; a
     * child with children of its own (a term's {@code <wp:termmeta>}) is passed over.
     */
    private Map<String, String> fields(String element) throws XMLStreamException {
        Map<String, String> f = new HashMap<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                String text = textOrSkip();
                if (text != null) {
                    f.put(name, text);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && element.equals(xml.getLocalName())) {
                break;
            }
        }
        return f;
    }

    /** The current element's text, or null (and the element passed over) when it has child elements. */
    private String textOrSkip() throws XMLStreamException {
        var text = new StringBuilder();
        boolean nested = false;
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    nested = true;
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        text.append(xml.getText());
                    }
                }
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
        return nested ? null : text.toString();
    }

    private WxrItem item() throws XMLStreamException {
        var item = new WxrItem.Builder(xml.getLocation().getLineNumber());
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "item".equals(xml.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            switch (name) {
                case "category" ->
                    item.categories.add(new WxrItem.Category(
                            attribute("domain"), decoded(attribute("nicename")), xml.getElementText()));
                case "postmeta" -> {
                    Map<String, String> meta = fields("postmeta");
                    item.meta.put(meta.getOrDefault("meta_key", ""), meta.getOrDefault("meta_value", ""));
                }
                case "comment" -> {
                    item.comments++;
                    skip();
                }
                case "encoded" -> {
                    String uri = xml.getNamespaceURI();
                    String text = xml.getElementText();
                    if (uri != null && uri.contains("/excerpt/")) {
                        item.fields.put("excerpt", text);
                    } else {
                        item.fields.put("content", text);
                    }
                }
                default -> item.fields.put(name, xml.getElementText());
            }
        }
        return item.build();
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    /** WordPress stores non-ASCII slugs percent-encoded ({@code %e5%8d%8e…}). */
    static String decoded(String slug) {
        if (slug.indexOf('%') < 0) {
            return slug;
        }
        try {
            return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return slug;
        }
    }

    private WxrUnreadable unreadable(String reason) {
        Location at = xml.getLocation();
        return new WxrUnreadable(at.getLineNumber(), at.getColumnNumber(), reason);
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** An author as the channel lists them. */
    record WxrAuthor(String id, String login, String displayName) {}

    /**
     * A term of any taxonomy as the channel lists it; {@code slug} and {@code parentSlug}
     * percent-decoded ({@code parentSlug} empty for a top-level term).
     */
    record WxrTerm(String taxonomy, String id, String slug, String name, String parentSlug, String description) {}

    /** The export cannot be read on: bad XML, a DTD, or not WordPress's format. */
    static final class WxrUnreadable extends RuntimeException {
        private final long line;
        private final long column;

        WxrUnreadable(long line, long column, String reason) {
            super(reason);
            this.line = line;
            this.column = column;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }
    }
}
