package io.idem.workspace;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A weighted health score from 0 to 100 with bands. Bands are kept sorted by min, highest first.
 * {@code peerGroup} names an account column whose value splits the accounts into peer groups, within
 * which percentile measures rank; null ranks every account in one group.
 */
public record HealthModel(String name, String description, List<HealthMeasure> measures, List<HealthBand> bands,
                          String peerGroup, Location location) {

    public HealthModel {
        requireNonNull(name, "name is null");
        measures = List.copyOf(measures);
        bands = bands.stream().sorted(Comparator.comparingDouble(HealthBand::min).reversed()).toList();
    }

    /** Creates a model whose percentile measures rank every account in one group. */
    public HealthModel(String name, String description, List<HealthMeasure> measures, List<HealthBand> bands, Location location) {
        this(name, description, measures, bands, null, location);
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

    /** Returns the categories of the measures, each once, in the order of their first measure. */
    public List<String> categories() {
        LinkedHashSet<String> categories = new LinkedHashSet<>();
        measures.forEach(m -> categories.add(m.category()));
        return List.copyOf(categories);
    }
}
