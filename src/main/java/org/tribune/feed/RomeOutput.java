package org.tribune.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/** Serializes a Rome feed to UTF-8, after a last touch to its document where Rome has no setter. */
final class RomeOutput {
    private RomeOutput() {}

    static byte[] write(WireFeed feed, Consumer<Document> finish) {
        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            finish.accept(document);
            var out = new ByteArrayOutputStream(16 * 1024);
            // Raw, not compact: compact format would collapse the whitespace of <pre> blocks in bodies.
            new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8")).output(document, out);
            return out.toByteArray();
        } catch (FeedException e) {
            throw new IllegalStateException("Rome rejected the " + feed.getFeedType() + " feed we built", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
