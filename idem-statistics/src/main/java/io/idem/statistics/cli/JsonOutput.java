package io.idem.statistics.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.idem.statistics.Alternative;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Pretty-printed JSON for command output. Infinite bounds of one-sided intervals are written as null,
 * because JSON has no infinity, and alternatives as their command-line labels.
 */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = createMapper();

    private JsonOutput() {
    }

    public static void write(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise " + value.getClass().getSimpleName() + " to JSON", e);
        }
    }

    /** Returns the value as pretty-printed JSON text, as {@link #write} prints it. */
    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise " + value.getClass().getSimpleName() + " to JSON", e);
        }
    }

    private static ObjectMapper createMapper() {
        SimpleModule module = new SimpleModule("idem-json-output");
        FiniteOrNull finiteOrNull = new FiniteOrNull();
        module.addSerializer(Double.class, finiteOrNull);
        module.addSerializer(double.class, finiteOrNull);
        module.addSerializer(Alternative.class, new AlternativeLabel());
        return new ObjectMapper().registerModule(module).enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static final class FiniteOrNull extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (Double.isFinite(value)) {
                generator.writeNumber(value);
            } else {
                generator.writeNull();
            }
        }
    }

    private static final class AlternativeLabel extends JsonSerializer<Alternative> {
        @Override
        public void serialize(Alternative value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.label());
        }
    }
}
