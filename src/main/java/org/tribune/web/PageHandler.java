package org.tribune.web;

/**
 * Renders one public page from its request, without HTTP: the server sends what it returns
 * ({@link PageResponder}) and the static export writes it to a file. A page that does not exist
 * throws {@link PageNotFound}.
 */
@FunctionalInterface
public interface PageHandler {
    RenderedPage render(PageRequest request);
}
