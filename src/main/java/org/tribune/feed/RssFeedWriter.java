package org.tribune.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * RSS 2.0 through Rome, with the extensions readers rely on: atom:link self, dc:creator,
 * content:encoded, and an article's image both as an enclosure and as Media RSS's media:content
 * (which gives its size and alt text; many readers show only one of the two).
 */
final class RssFeedWriter implements FeedFormat.FeedWriter {
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    private static final Namespace MEDIA = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

    @Override
    public byte[] write(AssembledFeed feed) {
        var channel = new Channel("rss_2.0");
        channel.setTitle(feed.title());
        channel.setLink(feed.pageUrl());
        channel.setDescription(feed.subtitle());
        channel.setLanguage(feed.lang().tag());
        if (feed.updated() != null) {
            channel.setPubDate(Date.from(feed.published()));
            channel.setLastBuildDate(Date.from(feed.updated()));
        }
        channel.setForeignMarkup(new ArrayList<>(List.of(selfLink(feed.feedUrl(FeedFormat.RSS)))));
        channel.setItems(
                new ArrayList<>(feed.entries().stream().map(RssFeedWriter::item).toList()));
        return RomeFeedSerializer.write(channel, document -> {});
    }

    private static Item item(AssembledFeed.Entry e) {
        var item = new Item();
        item.setTitle(e.title());
        item.setLink(e.url());
        var guid = new Guid();
        guid.setValue(e.url());
        guid.setPermaLink(true);
        item.setGuid(guid);
        item.setPubDate(Date.from(e.published()));
        if (!e.summary().isEmpty()) {
            var description = new Description();
            // RSS descriptions are HTML: a summary's "<" or "&" must reach readers as text.
            description.setValue(escapeHtml(e.summary()));
            item.setDescription(description);
        }
        if (e.contentHtml() != null) {
            var content = new Content();
            content.setValue(e.contentHtml());
            item.setContent(content);
        }
        item.setCategories(new ArrayList<>(
                e.categories().stream().map(RssFeedWriter::category).toList()));
        if (e.image() != null) {
            var enclosure = new Enclosure();
            enclosure.setUrl(e.image().url());
            enclosure.setType(e.image().contentType());
            enclosure.setLength(e.image().bytes());
            item.setEnclosures(new ArrayList<>(List.of(enclosure)));
            item.setForeignMarkup(new ArrayList<>(List.of(mediaContent(e.image()))));
        }
        if (!e.authors().isEmpty()) {
            // <author> must be an e-mail address; dc:creator carries a name, as readers expect.
            DCModule dc = new DCModuleImpl();
            dc.setCreators(new ArrayList<>(
                    e.authors().stream().map(AssembledFeed.Person::name).toList()));
            item.setModules(new ArrayList<Module>(List.of(dc)));
        }
        return item;
    }

    private static Category category(AssembledFeed.Category c) {
        var category = new Category();
        category.setDomain(c.scheme());
        category.setValue(c.label());
        return category;
    }

    private static Element mediaContent(AssembledFeed.Image image) {
        var content = new Element("content", MEDIA)
                .setAttribute("url", image.url())
                .setAttribute("type", image.contentType())
                .setAttribute("medium", "image")
                .setAttribute("fileSize", String.valueOf(image.bytes()))
                .setAttribute("width", String.valueOf(image.width()))
                .setAttribute("height", String.valueOf(image.height()));
        if (!image.alt().isEmpty()) {
            content.addContent(new Element("description", MEDIA)
                    .setAttribute("type", "plain")
                    .setText(image.alt()));
        }
        return content;
    }

    private static Element selfLink(String href) {
        return new Element("link", ATOM)
                .setAttribute("href", href)
                .setAttribute("rel", "self")
                .setAttribute("type", FeedFormat.RSS.mediaType());
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
