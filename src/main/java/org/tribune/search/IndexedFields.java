package org.tribune.search;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.tribune.content.Lang;

/** The Lucene document for one edition: what is searched, filtered, ranked, shown and compared. */
final class IndexedFields {
    /**
     * Text shown in results: with offsets in the postings so result pages mark matches without
     * analysing the text again ({@link Snippets}); the text itself is read from {@link HitText}.
     */
    private static final FieldType SHOWN = withOffsets(TextField.TYPE_NOT_STORED);
    /** Shown, and with term vectors, so related articles need not analyse it again. */
    private static final FieldType SHOWN_WITH_VECTORS = withVectors(SHOWN);

    private static final FieldType VECTORS_ONLY = withVectors(TextField.TYPE_NOT_STORED);

    private IndexedFields() {}

    static Document of(SearchDocument d) {
        var doc = new Document();
        String editionKey = SearchIndex.key(d.articleId(), d.lang());
        doc.add(new StringField(SearchIndex.KEY, editionKey, Field.Store.NO));
        // Read for every edition at each start to find what is behind the store: doc values, not stored fields.
        doc.add(new SortedDocValuesField(SearchIndex.KEY, new BytesRef(editionKey)));
        doc.add(new StringField(SearchIndex.ARTICLE, d.articleId(), Field.Store.NO));
        // Read for every hit when ranking related articles: doc values, not stored fields to inflate.
        doc.add(new SortedDocValuesField(SearchIndex.ARTICLE, new BytesRef(d.articleId())));
        doc.add(new StringField(SearchIndex.LANG, d.lang().tag(), Field.Store.YES));
        d.authorKeys().forEach(key -> doc.add(new StringField(SearchIndex.AUTHOR_KEY, key, Field.Store.NO)));
        d.topicKeys().forEach(key -> doc.add(new StringField(SearchIndex.TOPIC_KEY, key, Field.Store.NO)));
        doc.add(new Field(Analysis.field(Analysis.TITLE, d.lang()), d.title(), SHOWN_WITH_VECTORS));
        doc.add(new Field(Analysis.field(Analysis.SUMMARY, d.lang()), d.summary(), SHOWN));
        doc.add(new Field(Analysis.field(Analysis.BODY, d.lang()), d.body(), SHOWN_WITH_VECTORS));
        doc.add(new BinaryDocValuesField(HitText.FIELD, HitText.of(d).toBytes()));
        doc.add(new TextField(
                Analysis.field(Analysis.NAMES, d.lang()),
                String.join(" ; ", d.authors()) + " ; " + String.join(" ; ", d.topics()),
                Field.Store.NO));
        doc.add(new Field(Analysis.field(Analysis.TOPICS, d.lang()), String.join(" ; ", d.topics()), VECTORS_ONLY));
        addEmptyTextFields(doc, d.lang().isChinese() ? Lang.EN : Lang.ZH_HANS);
        long published = d.published().toEpochMilli();
        doc.add(new LongPoint(SearchIndex.PUBLISHED, published));
        doc.add(new NumericDocValuesField(SearchIndex.PUBLISHED, published));
        doc.add(new BinaryDocValuesField(
                SearchIndex.SOURCE_HASH, new BytesRef(d.sourceHash() == null ? "" : d.sourceHash())));
        return doc;
    }

    /**
     * The other language's text fields, empty. Every document then has a norm in every text field,
     * so Lucene keeps norms dense, looked up by document number, rather than sparse, looked up
     * through a bitset's rank for every scored hit, and ranking related articles scores every
     * document its queries match.
     * An empty field adds no terms, so it changes no statistic a score uses (the field's document
     * count, its total length) and no score.
     */
    private static void addEmptyTextFields(Document doc, Lang other) {
        doc.add(new Field(Analysis.field(Analysis.TITLE, other), "", SHOWN_WITH_VECTORS));
        doc.add(new Field(Analysis.field(Analysis.SUMMARY, other), "", SHOWN));
        doc.add(new Field(Analysis.field(Analysis.BODY, other), "", SHOWN_WITH_VECTORS));
        doc.add(new TextField(Analysis.field(Analysis.NAMES, other), "", Field.Store.NO));
        doc.add(new Field(Analysis.field(Analysis.TOPICS, other), "", VECTORS_ONLY));
    }

    private static FieldType withOffsets(FieldType base) {
        var type = new FieldType(base);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType withVectors(FieldType base) {
        var type = new FieldType(base);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }
}
