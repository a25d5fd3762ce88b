package io.idem.propensity.evaluate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes and reads model reports as a JSON array with snake_case field names. */
public final class ModelReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ModelReportJson() {
    }

    public static void write(Path file, List<ModelReport> reports) throws IOException {
        MAPPER.writeValue(file.toFile(), reports);
    }

    public static String toJson(List<ModelReport> reports) throws IOException {
        return MAPPER.writeValueAsString(reports);
    }

    public static List<ModelReport> read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), new TypeReference<List<ModelReport>>() { });
    }
}
