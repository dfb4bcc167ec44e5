package org.tribune.media;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Permission;
import org.tribune.web.AdminLayouts;
import org.tribune.web.Templates;

/** {@code /admin/media} to upload and browse images (served to everyone by {@link MediaFiles}). */
public final class MediaPages {
    private static final int SHOWN = 60;

    private final MediaLibrary library;
    private final Templates templates;
    private final AdminLayouts layouts;

    public MediaPages(MediaLibrary library, Templates templates, AdminLayouts layouts) {
        this.library = library;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/admin/media", ctx -> show(ctx, 200, null, null), Permission.NEWSROOM);
        routes.post("/admin/media", this::upload, Permission.WRITE);
    }

    private void upload(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            show(
                    ctx,
                    422,
                    null,
                    layouts.layout(ctx, "admin.media.title", null, null).t("admin.media.none"));
            return;
        }
        try {
            byte[] bytes = readLimited(file);
            StoredImage image = library.store(
                    bytes,
                    file.filename(),
                    NewsroomAccess.session(ctx).account().username());
            show(ctx, 201, image, null);
        } catch (InvalidImage e) {
            show(ctx, 422, null, e.getMessage());
        }
    }

    private static byte[] readLimited(UploadedFile file) {
        if (file.size() > MediaLibrary.MAX_UPLOAD_BYTES) {
            throw new InvalidImage("the file is " + file.size() / 1024 / 1024 + " MB; the limit is "
                    + MediaLibrary.MAX_UPLOAD_BYTES / 1024 / 1024 + " MB");
        }
        try (InputStream in = file.content()) {
            return in.readNBytes(MediaLibrary.MAX_UPLOAD_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(Context ctx, int status, StoredImage uploaded, String error) {
        var session = NewsroomAccess.session(ctx);
        var layout = layouts.layout(ctx, "admin.media.title", session.account().displayName(), session.csrfToken());
        ctx.status(status)
                .contentType("text/html; charset=utf-8")
                .result(templates.render(
                        "media/library.jte", new MediaPage(layout, library.recent(SHOWN), uploaded, error)));
    }
}
