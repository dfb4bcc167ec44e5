package org.tribune.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribune.db.Database;

/**
 * Old addresses that answer with a 301 to a page of this site: recorded by the WordPress import,
 * listed, added and deleted by admins in the newsroom, answered by the server when no page has the
 * address, and written by the static export for hosts to answer.
 *
 * <pre>{@code
 * redirects.targetOf("/2022/03/04/korea-policy/").ifPresent(target -> ctx.redirect(target, HttpStatus.MOVED_PERMANENTLY));
 * }</pre>
 */
public final class RedirectService {
    static final int MAX_LENGTH = 2000;

    private final Database db;
    private final RedirectRepository redirects;
    private final ArticleRepository articles;
    private final Runnable changed;
    private final Clock clock;

    /**
     * A change is a content change: it moves the content version on and joins the outbox, so that
     * pages cached with the old answer are dropped and the export mirror rewrites its redirect files,
     * on this node and every other.
     */
    RedirectService(ContentStore store) {
        this.db = store.database();
        this.redirects = new RedirectRepository(db);
        this.articles = store.articles();
        this.changed = store::announceChange;
        this.clock = store.clock();
    }

    /** Where an old address (a raw request path with its query, percent-encoded or not) now lives. */
    public Optional<String> targetOf(String pathAndQuery) {
        String key = OldPaths.normalize(pathAndQuery);
        return key == null || key.length() > MAX_LENGTH ? Optional.empty() : redirects.findTarget(key);
    }

    /**
     * Records an imported old address unless it has a redirect already (one an admin changed is
     * kept, and importing the same file again changes nothing).
     *
     * @return whether it was recorded
     * @throws InvalidContent when either address is not a path of a site
     */
    public boolean addImported(String oldPath, String target) {
        return addImported(Map.of(oldPath, target)).added() > 0;
    }

    /** What {@link #addImported(Map)} did: how many it recorded, and the old addresses it refused and why. */
    public record Recorded(int added, Map<String, String> refused) {}

    /**
     * Records many imported old addresses (old → target) in one transaction, each unless it has a
     * redirect already; an address that is not a path is refused, the others still land.
     */
    public Recorded addImported(Map<String, String> oldToTarget) {
        Map<String, String> refused = new LinkedHashMap<>();
        List<Redirect> valid = new ArrayList<>(oldToTarget.size());
        oldToTarget.forEach((old, target) -> {
            try {
                valid.add(checked(old, target, Redirect.IMPORTED));
            } catch (InvalidContent e) {
                refused.put(old, e.getMessage());
            }
        });
        int added = valid.isEmpty()
                ? 0
                : db.inTransaction(h -> {
                    int n = 0;
                    for (Redirect r : valid) {
                        n += redirects.insertIfAbsent(h, r) ? 1 : 0;
                    }
                    if (n > 0) {
                        articles.bumpContentVersion(h);
                    }
                    return n;
                });
        if (added > 0) {
            changed.run();
        }
        return new Recorded(added, refused);
    }

    /** Whether an imported old address would be recorded (it has no redirect yet): for dry runs. */
    public boolean isFree(String oldPath) {
        String key = OldPaths.normalize(oldPath);
        return key != null && db.withHandle(h -> redirects.find(h, key)).isEmpty();
    }

    /**
     * Adds a redirect, or changes the target of the one the old address has.
     *
     * @throws InvalidContent naming the field that is not a path of this site
     */
    public Redirect put(String oldPath, String target) {
        Redirect r = checked(oldPath, target, Redirect.ADDED);
        db.useTransaction(h -> {
            redirects.put(h, r);
            articles.bumpContentVersion(h);
        });
        changed.run();
        return r;
    }

    /** @return whether the old address had a redirect */
    public boolean remove(String oldPath) {
        String key = OldPaths.normalize(oldPath);
        boolean removed = key != null
                && db.inTransaction(h -> {
                    boolean deleted = redirects.delete(h, key);
                    if (deleted) {
                        articles.bumpContentVersion(h);
                    }
                    return deleted;
                });
        if (removed) {
            changed.run();
        }
        return removed;
    }

    /** Redirects whose old address or target contains {@code filter}, at most {@code limit}, by old address. */
    public List<Redirect> list(String filter, int limit) {
        return redirects.list(filter == null ? "" : filter.strip(), limit);
    }

    public List<Redirect> all() {
        return redirects.all();
    }

    public long count() {
        return redirects.count();
    }

    private Redirect checked(String oldPath, String target, String origin) {
        String key = OldPaths.normalize(oldPath == null ? null : oldPath.strip());
        if (key == null || key.equals("/") || key.length() > MAX_LENGTH || hasControl(key)) {
            throw new InvalidContent(
                    "old address",
                    "expected a path of the old site such as /2022/03/04/slug/ or /?p=123 (not / itself), got '"
                            + oldPath + "'");
        }
        String to = target == null ? "" : target.strip();
        if (!to.startsWith("/")
                || to.startsWith("//")
                || to.length() > MAX_LENGTH
                || hasControl(to)
                || to.contains("\\")
                || to.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidContent(
                    "target", "expected a path of this site such as /en/articles/slug, got '" + target + "'");
        }
        if (key.equals(OldPaths.normalize(to))) {
            throw new InvalidContent("target", "is the old address itself: it would redirect to itself forever");
        }
        return new Redirect(key, to, origin, clock.instant());
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
