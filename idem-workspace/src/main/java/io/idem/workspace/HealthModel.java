package io.idem.workspace;

import java.util.Comparator;
import java.util.List;

/** A weighted health score from 0 to 100 with bands. Bands are kept sorted by min, highest first. */
public record HealthModel(String name, String description, List<HealthMeasure> measures, List<HealthBand> bands,
                          Location location) {

    public HealthModel {
        measures = List.copyOf(measures);
        bands = bands.stream().sorted(Comparator.comparingDouble(HealthBand::min).reversed()).toList();
    }

    /** Returns the band a score falls in; scores below every min fall in the lowest band. */
    public String bandOf(double score) {
        for (HealthBand band : bands) {
            if (score >= band.min()) {
                return band.name();
            }
        }
        return bands.isEmpty() ? null : bands.get(bands.size() - 1).name();
    }
}
