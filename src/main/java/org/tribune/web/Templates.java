package org.tribune.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
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
        engine.setBinaryStaticContent(true);
        return new Templates(engine);
    }

    /**
     * Renders template {@code name} (e.g. {@code site/article.jte}) with its one page record, as
     * UTF-8. The templates' static parts are compiled to UTF-8 bytes once (binary static content),
     * so only the values put into a page are encoded as it renders, not the whole page after.
     */
    public byte[] render(String name, Object page) {
        var out = new Utf8ByteOutput();
        engine.render(name, page, out);
        return out.toByteArray();
    }
}
