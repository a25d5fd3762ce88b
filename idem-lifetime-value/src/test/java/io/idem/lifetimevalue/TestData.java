package io.idem.lifetimevalue;

import static org.assertj.core.api.Assertions.fail;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates test inputs: the shared CDNOW sample under the {@code idem.data.dir} system property, and the survivor
 * count files on the test class path.
 */
public final class TestData {
    public static final String DATA_DIR_PROPERTY = "idem.data.dir";

    private TestData() {
    }

    /** Returns the raw CDNOW 1/10 sample, failing with the property to set when it is missing. */
    public static Path cdnowSample() {
        Path dataDir = Path.of(System.getProperty(DATA_DIR_PROPERTY, "../shared/data")).toAbsolutePath().normalize();
        Path file = dataDir.resolve("cdnow-lifetimes").resolve("CDNOW_sample.txt");
        if (!Files.isRegularFile(file)) {
            fail("CDNOW sample not found at " + file + "; set the system property " + DATA_DIR_PROPERTY
                    + " to the folder that contains cdnow-lifetimes/");
        }
        return file;
    }

    /** Returns a file under src/test/resources, for example {@code sbg/regular.txt}. */
    public static Path resource(String name) {
        URL url = TestData.class.getClassLoader().getResource(name);
        if (url == null) {
            fail("test resource " + name + " is missing from the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("test resource " + name + " has an invalid URL " + url, e);
        }
    }
}
