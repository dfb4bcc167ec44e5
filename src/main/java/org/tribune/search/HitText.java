package org.tribune.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The text a result shows of an edition (its title, its summary and the opening of its body, where
 * passages are cut from), kept in the index as one binary doc value. Stored fields are compressed
 * in blocks of many documents, so showing ten results from them would inflate ten blocks; doc
 * values are read in place.
 *
 * <p>Summary and body are kept as far as passages are looked for: their first
 * {@link Snippets#MAX_CHARS_TO_MARK} characters, one more where that keeps a surrogate pair whole.
 *
 * @param title the whole title
 * @param summary the summary's opening, possibly empty
 * @param bodyOpening the body's opening
 */
record HitText(String title, String summary, String bodyOpening) {
    static final String FIELD = "shown";

    static HitText of(SearchDocument d) {
        return new HitText(d.title(), opening(d.summary() == null ? "" : d.summary()), opening(d.body()));
    }

    private static String opening(String text) {
        int cut = Snippets.MAX_CHARS_TO_MARK;
        if (text.length() <= cut) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(cut - 1)) ? cut + 1 : cut);
    }

    BytesRef toBytes() {
        var out = new ByteBuffersDataOutput();
        out.writeString(title);
        out.writeString(summary);
        out.writeString(bodyOpening);
        return new BytesRef(out.toArrayCopy());
    }

    static HitText fromBytes(BytesRef bytes) throws IOException {
        var in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        return new HitText(in.readString(), in.readString(), in.readString());
    }

    /**
     * Reads the shown text of top-level documents in increasing order, one leaf after another (doc
     * values are read forwards only).
     */
    static final class Reader {
        private final List<LeafReaderContext> leaves;
        private LeafReaderContext leaf;
        private BinaryDocValues values;

        Reader(List<LeafReaderContext> leaves) {
            this.leaves = leaves;
        }

        /** The document's text; empty strings for a document indexed without it. */
        HitText read(int doc) throws IOException {
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc() || doc < leaf.docBase) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = DocValues.getBinary(leaf.reader(), FIELD);
            } else if (values.docID() > doc - leaf.docBase) {
                values = DocValues.getBinary(leaf.reader(), FIELD); // asked backwards: start the leaf again
            }
            return values.advanceExact(doc - leaf.docBase) ? fromBytes(values.binaryValue()) : new HitText("", "", "");
        }
    }
}
