package org.tribune.demo;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.auth.AccountService;
import org.tribune.auth.Role;
import org.tribune.content.ContentService;
import org.tribune.importer.ImportReport;
import org.tribune.importer.Importer;

/** The bundled demo journal ({@code demo/articles.jsonl}), so a newcomer sees a real-looking site at once. */
public final class DemoJournal {
    private static final Logger log = LoggerFactory.getLogger(DemoJournal.class);
    private static final String RESOURCE = "/demo/articles.jsonl";

    /** The demo's administrator account. */
    public static final String DEMO_ADMIN = "admin";

    private DemoJournal() {}

    /** Imports the demo articles unless the store already holds articles; returns how many editions landed. */
    public static long loadIfEmpty(ContentService content) {
        if (!content.isEmpty()) {
            return 0;
        }
        var in = DemoJournal.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the demo journal " + RESOURCE + " is missing from the build");
        }
        ImportReport report = new Importer(content)
                .importJsonLines(RESOURCE, in, problem -> log.error("demo content is broken: {}", problem));
        log.info("demo journal loaded: {}", report.summary());
        return report.imported();
    }

    /**
     * Gives the demo's {@code admin} account a fresh random password (creating the account when
     * missing), so a demo never has a known default login; the caller shows it once.
     */
    public static String resetAdmin(AccountService accounts) {
        String password = randomPassword();
        if (accounts.find(DEMO_ADMIN).isPresent()) {
            accounts.changePassword(DEMO_ADMIN, password);
        } else {
            accounts.add(DEMO_ADMIN, "Demo Admin", Role.ADMIN, password);
        }
        return password;
    }

    private static String randomPassword() {
        // No 0/O or 1/l/I, so it can be read off a terminal and typed.
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var random = new SecureRandom();
        var out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
