package org.tribune.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Path;

/**
 * The jte templates under {@code src/main/jte}: precompiled into the jar for production, or
 * compiled from the source folder on change during development.
 */
public final class Templates {
    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    public static Templates precompiled() {
        return new Templates(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    /** Recompiles templates from {@code sourceFolder} whenever they change; needs a JDK. */
    public static Templates hotReload(Path sourceFolder) {
        var engine = TemplateEngine.create(new DirectoryCodeResolver(sourceFolder), ContentType.Html);
        engine.setTrimControlStructures(true);
        return new Templates(engine);
    }

    /** Renders template {@code name} (e.g. {@code site/article.jte}) with its one page record. */
    public String render(String name, Object page) {
        var out = new StringOutput(16 * 1024);
        engine.render(name, page, out);
        return out.toString();
    }
}
