package io.idem.pipeline.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the Maven CRM export through the system property {@code idem.data.dir}. */
public final class MavenCrmData {

    public static final String FOLDER_NAME = "maven-crm-sales-opportunities";

    private MavenCrmData() {
    }

    /** Returns the export folder, or throws naming the property when it is missing. */
    public static Path folder() {
        Path root = Path.of(System.getProperty("idem.data.dir", "../shared/data")).toAbsolutePath().normalize();
        Path folder = root.resolve(FOLDER_NAME);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("Maven CRM data not found at " + folder + "; set the system property"
                    + " idem.data.dir to the folder that contains " + FOLDER_NAME);
        }
        return folder;
    }
}
