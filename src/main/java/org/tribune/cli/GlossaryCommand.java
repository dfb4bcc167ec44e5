package org.tribune.cli;

import java.util.concurrent.Callable;
import org.tribune.app.Services;
import org.tribune.content.GlossaryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tribune glossary}: the site's overrides for converting Simplified to Traditional Chinese. */
@Command(
        name = "glossary",
        mixinStandardHelpOptions = true,
        description = "Terms that derived Traditional editions render as given, whatever the dictionaries say.",
        subcommands = {GlossaryCommand.Add.class, GlossaryCommand.Remove.class, GlossaryCommand.ListTerms.class})
public final class GlossaryCommand {

    /** Which derived editions a term is for. */
    static final class Region {
        @Option(names = "--variant", defaultValue = "all", description = "tw, hk or all. Default: ${DEFAULT-VALUE}")
        String name;
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Add or replace a term, e.g. `glossary add 特朗普 川普 --variant tw`, and derive again "
                    + "the Traditional editions that mention it.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(index = "0", paramLabel = "TERM", description = "The term as written in Simplified Chinese.")
        String term;

        @Parameters(index = "1", paramLabel = "REPLACEMENT", description = "How Traditional editions write it.")
        String replacement;

        @Mixin
        Region region;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Services services = data.openServices()) {
                int rederived = services.glossary().put(new GlossaryEntry(term, replacement, region.name));
                spec.commandLine()
                        .getOut()
                        .printf("%s → %s (%s); %d articles derived again%n", term, replacement, region.name, rederived);
                return 0;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a term.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(index = "0", paramLabel = "TERM")
        String term;

        @Mixin
        Region region;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Services services = data.openServices()) {
                int rederived = services.glossary().remove(term, region.name);
                if (rederived < 0) {
                    spec.commandLine().getErr().printf("no glossary term %s for %s%n", term, region.name);
                    return 1;
                }
                spec.commandLine()
                        .getOut()
                        .printf("removed %s (%s); %d articles derived again%n", term, region.name, rederived);
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the terms.")
    static final class ListTerms implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Services services = data.openServices()) {
                for (GlossaryEntry entry : services.glossary().list()) {
                    spec.commandLine()
                            .getOut()
                            .printf("%s\t%s\t%s%n", entry.term(), entry.replacement(), entry.region());
                }
                return 0;
            }
        }
    }
}
