package org.tribune.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code tribune --version}: the version and commit the build wrote into the jar's manifest
 * ({@code Implementation-Version}, {@code Git-Commit}); classes run from a build folder say so.
 */
public final class BuildVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Attributes manifest = manifestOf(BuildVersion.class);
        String version = manifest == null ? null : manifest.getValue("Implementation-Version");
        if (version == null) {
            return new String[] {"Tribune (development build: not run from the jar, no version recorded)"};
        }
        String commit = manifest.getValue("Git-Commit");
        return new String[] {
            "Tribune " + version + " (commit " + (commit == null || commit.startsWith("${") ? "unknown" : commit) + ")"
        };
    }

    /** The main attributes of the manifest of the jar holding {@code type}; null outside a jar. */
    static Attributes manifestOf(Class<?> type) {
        URL classFile = type.getResource(type.getSimpleName() + ".class");
        if (classFile == null || !classFile.getProtocol().equals("jar")) {
            return null;
        }
        String jar = classFile.toString().substring(0, classFile.toString().indexOf('!') + 1);
        try (InputStream in = URI.create(jar + "/META-INF/MANIFEST.MF").toURL().openStream()) {
            return new Manifest(in).getMainAttributes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + jar, e);
        }
    }
}
