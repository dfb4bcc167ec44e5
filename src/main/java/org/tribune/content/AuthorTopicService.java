package org.tribune.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.tribune.content.AuthorTopicRepository.Entity;
import org.tribune.content.AuthorTopicRepository.NameRow;
import org.tribune.db.Database;
import org.tribune.markdown.HtmlSafety;

/**
 * Authors and topics as the newsroom manages them: listing, creating, editing their names, bios
 * and descriptions per language, and merging two into one. The only way an existing name changes:
 * saving an edition never does (see {@link AuthorTopicReferences}).
 *
 * <pre>{@code
 * var entities = new AuthorTopicService(store);
 * entities.create(Taxonomy.AUTHORS, new AuthorTopicEdit("li-wei",
 *         Map.of(Lang.EN, "Li Wei", Lang.ZH_HANS, "李伟"), Map.of(), null, null));
 * entities.merge(Taxonomy.AUTHORS, "wei-li", "li-wei");
 * }</pre>
 */
public final class AuthorTopicService {
    /** The longest bio or description, in characters: a paragraph or two. */
    public static final int MAX_ABOUT = 2_000;

    private final Database db;
    private final AuthorTopicRepository entities;
    private final ArticleRepository articles;
    private final TraditionalDerivation derivation;
    private final ContentStore store;

    public AuthorTopicService(ContentStore store) {
        this.store = store;
        this.db = store.database();
        this.entities = store.entities();
        this.articles = store.articles();
        this.derivation = store.derivation();
    }

    /**
     * Runs {@code listener} after every committed change to an author's or topic's names, with the
     * articles that name it: their editions' text is unchanged, so a search index that keys its
     * documents on the text's hash must be told to take in the new names. Changes other nodes make
     * reach the same listeners through the {@link ContentChangeFeed}.
     */
    public void onNamesChanged(Consumer<List<String>> listener) {
        store.onNamesChanged(listener);
    }

    public List<Author> authors() {
        return db.withHandle(h ->
                entities.list(h, Taxonomy.AUTHORS).stream().map(Entity::author).toList());
    }

    public List<Topic> topics() {
        return db.withHandle(h ->
                entities.list(h, Taxonomy.TOPICS).stream().map(Entity::topic).toList());
    }

    public Optional<Author> author(String key) {
        return db.withHandle(h -> entities.find(h, Taxonomy.AUTHORS, key).map(Entity::author));
    }

    public Optional<Topic> topic(String key) {
        return db.withHandle(h -> entities.find(h, Taxonomy.TOPICS, key).map(Entity::topic));
    }

    /** Per key, how many articles name the author or topic; keys no article names are absent. */
    public Map<String, Integer> articleCounts(Taxonomy t) {
        return db.withHandle(h -> entities.articleCounts(h, t));
    }

    /**
     * Creates an author or topic.
     *
     * @throws InvalidContent naming the field: a bad or taken key, no name, a text too long
     */
    public void create(Taxonomy t, AuthorTopicEdit edit) {
        if (!EditionLimits.isKey(edit.key())) {
            throw new InvalidContent(
                    "key",
                    "expected lowercase letters, digits and single hyphens, at most " + EditionLimits.MAX_KEY
                            + " characters, got '" + edit.key() + "'");
        }
        write(t, null, h -> {
            if (entities.find(h, t, edit.key()).isPresent()
                    || !entities.aliasTargets(h, t, List.of(edit.key())).isEmpty()) {
                throw new InvalidContent("key", "'" + edit.key() + "' is taken; choose another key");
            }
            entities.insert(h, t, edit.key());
            apply(h, t, edit);
            return List.<String>of();
        });
    }

    /**
     * Replaces an author's or topic's names, bios or descriptions, affiliation and photo.
     *
     * @throws InvalidContent naming the field that cannot be stored, or {@code key} when there is no such entity
     */
    public void update(Taxonomy t, AuthorTopicEdit edit) {
        write(t, edit.key(), h -> {
            if (entities.find(h, t, edit.key()).isEmpty()) {
                throw new InvalidContent("key", "there is no " + t.singular() + " '" + edit.key() + "'");
            }
            apply(h, t, edit);
            return entities.articlesLinking(h, t, edit.key());
        });
    }

    /**
     * Merges {@code from} into {@code into}: every article naming {@code from} names {@code into}
     * instead, {@code into} takes {@code from}'s names in languages it has none in, and
     * {@code from}'s key answers for {@code into} from now on (its pages redirect there).
     *
     * @throws InvalidContent when either does not exist or both are the same
     */
    public void merge(Taxonomy t, String from, String into) {
        if (from.equals(into)) {
            throw new InvalidContent("into", "'" + from + "' cannot be merged into itself");
        }
        write(t, into, h -> {
            Entity gone = entities.find(h, t, from)
                    .orElseThrow(() -> new InvalidContent("key", "there is no " + t.singular() + " '" + from + "'"));
            Entity kept = entities.find(h, t, into)
                    .orElseThrow(() -> new InvalidContent("into", "there is no " + t.singular() + " '" + into + "'"));
            gone.rows().forEach((lang, row) -> {
                if (!kept.rows().containsKey(lang)) {
                    entities.addRow(h, t, into, lang, row);
                }
            });
            if (t == Taxonomy.AUTHORS) {
                entities.updateAuthorDetails(
                        h,
                        into,
                        kept.affiliation() != null ? kept.affiliation() : gone.affiliation(),
                        kept.photo() != null ? kept.photo() : gone.photo());
            }
            entities.merge(h, t, from, into);
            derivation.deriveEntity(h, t, into);
            return entities.articlesLinking(h, t, into);
        });
    }

    /**
     * Runs the change in a transaction; it returns the articles whose names it changed, those naming
     * {@code renamedKey} (null when the change renames nothing existing).
     */
    private void write(Taxonomy t, String renamedKey, Function<Handle, List<String>> change) {
        List<String> affected = db.inTransaction(h -> {
            List<String> ids = change.apply(h);
            if (renamedKey == null) {
                articles.bumpContentVersion(h);
            } else {
                articles.bumpContentVersionForNames(h, t, renamedKey);
            }
            return ids;
        });
        store.announceChange();
        if (!affected.isEmpty()) {
            store.announceNamesChanged(affected);
        }
    }

    private void apply(Handle h, Taxonomy t, AuthorTopicEdit edit) {
        boolean anyName = false;
        for (Lang lang : Lang.values()) {
            String name =
                    cleaned("names." + lang.tag(), AuthorTopicEdit.in(edit.names(), lang), EditionLimits.MAX_NAME);
            String about = cleanedAbout("abouts." + lang.tag(), AuthorTopicEdit.in(edit.abouts(), lang));
            anyName |= !name.isEmpty();
            if (!name.isEmpty()) {
                entities.putRow(h, t, edit.key(), lang, new NameRow(name, about, false));
            } else {
                // An empty Traditional name is derived below, from the Simplified row if there is one.
                entities.deleteRow(h, t, edit.key(), lang);
            }
        }
        if (!anyName) {
            throw new InvalidContent("names", "give the " + t.singular() + " a name in at least one language");
        }
        if (t == Taxonomy.AUTHORS) {
            String affiliation = cleaned("affiliation", nullToEmpty(edit.affiliation()), EditionLimits.MAX_NAME);
            String photo = nullToEmpty(edit.photo()).strip();
            entities.updateAuthorDetails(
                    h, edit.key(), affiliation.isEmpty() ? null : affiliation, photo.isEmpty() ? null : photo);
        }
        if (AuthorTopicEdit.in(edit.names(), Lang.ZH_HANT).isBlank()) {
            derivation.deriveEntity(h, t, edit.key());
        }
    }

    private static String cleaned(String field, String text, int max) {
        String plain = HtmlSafety.plainText(text).strip();
        if (plain.length() > max) {
            throw new InvalidContent(field, "is " + plain.length() + " characters long; the limit is " + max);
        }
        return plain;
    }

    private static String cleanedAbout(String field, String text) {
        String about = cleaned(field, text, MAX_ABOUT);
        return about.isEmpty() ? null : about;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
