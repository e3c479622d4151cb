package org.stakeholderportal.publication.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The font files the PDF digest embeds, taken from Debian's font packages: Noto Sans for Latin, Cyrillic and Greek,
 * Noto Naskh Arabic for Arabic (it has the presentation forms that shaping produces) and Droid Sans Fallback for
 * Chinese. Noto Sans CJK, which Debian also ships, is not used: its outlines are CFF in an OpenType collection, and
 * PDFBox can only subset and embed TrueType outlines.
 * <p>
 * The files are looked up in a font directory, by default {@value #DEFAULT_DIRECTORY} or the directory named by the
 * environment variable {@value #ENVIRONMENT_VARIABLE}: first at their Debian path below it, then by file name
 * anywhere below it. A missing file is an error naming the file and the package that brings it; the digest never
 * falls back to a font that would print boxes.
 */
final class DigestFonts {

    static final String ENVIRONMENT_VARIABLE = "PORTAL_FONTS_DIR";
    static final String DEFAULT_DIRECTORY = "/usr/share/fonts";

    static final String LATIN = "Noto Sans";
    static final String ARABIC = "Noto Naskh Arabic";
    static final String CHINESE = "Droid Sans Fallback";

    /** One font file the digest needs. */
    record Face(String family, int weight, boolean italic, String debianPath, String debianPackage) {
        String fileName() {
            return debianPath.substring(debianPath.lastIndexOf('/') + 1);
        }
    }

    static final List<Face> FACES = List.of(
            new Face(LATIN, 400, false, "truetype/noto/NotoSans-Regular.ttf", "fonts-noto-core"),
            new Face(LATIN, 700, false, "truetype/noto/NotoSans-Bold.ttf", "fonts-noto-core"),
            new Face(LATIN, 400, true, "truetype/noto/NotoSans-Italic.ttf", "fonts-noto-core"),
            new Face(LATIN, 700, true, "truetype/noto/NotoSans-BoldItalic.ttf", "fonts-noto-core"),
            new Face(ARABIC, 400, false, "truetype/noto/NotoNaskhArabic-Regular.ttf", "fonts-noto-core"),
            new Face(ARABIC, 700, false, "truetype/noto/NotoNaskhArabic-Bold.ttf", "fonts-noto-core"),
            new Face(CHINESE, 400, false, "truetype/droid/DroidSansFallbackFull.ttf", "fonts-droid-fallback"));

    /** Raised when a font the digest needs is not installed. */
    static final class MissingFontException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MissingFontException(String message) {
            super(message);
        }
    }

    private DigestFonts() {
    }

    static Path defaultDirectory() {
        String configured = System.getenv(ENVIRONMENT_VARIABLE);
        return Path.of(configured == null || configured.isBlank() ? DEFAULT_DIRECTORY : configured);
    }

    /** Every face with its file, in the order of {@link #FACES}. */
    static Map<Face, Path> locate(Path directory) {
        Map<Face, Path> files = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Face face : FACES) {
            Optional<Path> file = find(directory, face);
            if (file.isPresent()) {
                files.put(face, file.get());
            } else {
                missing.add(face.fileName() + " (Debian package " + face.debianPackage() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingFontException("The PDF digest needs fonts that are not installed under " + directory
                    + " (set " + ENVIRONMENT_VARIABLE + " to another font directory or install the packages): "
                    + String.join(", ", missing));
        }
        return files;
    }

    private static Optional<Path> find(Path directory, Face face) {
        Path debian = directory.resolve(face.debianPath());
        if (Files.isRegularFile(debian)) {
            return Optional.of(debian);
        }
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.getFileName().toString().equals(face.fileName()))
                    .filter(Files::isRegularFile).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the font directory " + directory, e);
        }
    }
}
