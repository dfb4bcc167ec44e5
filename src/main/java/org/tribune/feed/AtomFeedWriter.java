package org.tribune.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Namespace;

/** Atom 1.0 (RFC 4287) through Rome. */
final class AtomFeedWriter implements FeedFormat.FeedWriter {
    @Override
    public byte[] write(AssembledFeed feed) {
        var atom = new Feed("atom_1.0");
        atom.setId(feed.feedUrl(FeedFormat.ATOM));
        atom.setTitleEx(text(Content.TEXT, feed.title()));
        atom.setSubtitle(text(Content.TEXT, feed.subtitle()));
        atom.setAlternateLinks(mutable(link("alternate", "text/html", feed.pageUrl())));
        atom.setOtherLinks(mutable(link("self", FeedFormat.ATOM.mediaType(), feed.feedUrl(FeedFormat.ATOM))));
        // RFC 4287 wants an author for every entry; the journal stands in for entries without a byline.
        atom.setAuthors(mutable(person(feed.publisher())));
        // An empty feed still needs <updated>; the epoch keeps it stable, so its ETag is too.
        atom.setUpdated(Date.from(feed.updated() != null ? feed.updated() : Instant.EPOCH));
        atom.setEntries(new ArrayList<>(
                feed.entries().stream().map(AtomFeedWriter::entry).toList()));
        // Rome keeps a language on the feed but writes no xml:lang, so it is set on the document.
        return RomeFeedSerializer.write(atom, document -> document.getRootElement()
                .setAttribute("lang", feed.lang().tag(), Namespace.XML_NAMESPACE));
    }

    private static Entry entry(AssembledFeed.Entry e) {
        var entry = new Entry();
        entry.setId(e.url());
        entry.setTitleEx(text(Content.TEXT, e.title()));
        entry.setAlternateLinks(mutable(link("alternate", "text/html", e.url())));
        if (e.image() != null) {
            Link enclosure =
                    link("enclosure", e.image().contentType(), e.image().url());
            enclosure.setLength(e.image().bytes());
            entry.setOtherLinks(mutable(enclosure));
        }
        entry.setAuthors(
                new ArrayList<>(e.authors().stream().map(AtomFeedWriter::person).toList()));
        entry.setCategories(new ArrayList<>(
                e.categories().stream().map(AtomFeedWriter::category).toList()));
        entry.setPublished(Date.from(e.published()));
        entry.setUpdated(Date.from(e.updated()));
        if (!e.summary().isEmpty()) {
            entry.setSummary(text(Content.TEXT, e.summary()));
        }
        if (e.contentHtml() != null) {
            // Relative links and footnote anchors in a body resolve against the article's own page.
            entry.setXmlBase(e.url());
            entry.setContents(mutable(text(Content.HTML, e.contentHtml())));
        }
        return entry;
    }

    private static Content text(String type, String value) {
        var content = new Content();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String type, String href) {
        var link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static SyndPerson person(AssembledFeed.Person p) {
        var person = new Person();
        person.setName(p.name());
        person.setUri(p.url());
        return person;
    }

    private static Category category(AssembledFeed.Category c) {
        var category = new Category();
        category.setTerm(c.key());
        category.setLabel(c.label());
        category.setScheme(c.scheme());
        return category;
    }

    /** Rome's model expects lists it may change. */
    private static <T> List<T> mutable(T item) {
        return new ArrayList<>(List.of(item));
    }
}
