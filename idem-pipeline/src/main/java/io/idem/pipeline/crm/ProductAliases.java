package io.idem.pipeline.crm;

import static java.util.Objects.requireNonNull;

import io.idem.pipeline.model.ProductLadder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An explicit table of product names that sales_pipeline.csv writes differently from products.csv, with a count
 * of how often each alias resolved. There is no fuzzy matching. Not thread-safe, so use one instance per import.
 */
public final class ProductAliases {

    /** The Maven CRM pipeline writes "GTXPro" for the product that products.csv calls "GTX Pro". */
    public static final Map<String, String> MAVEN_CRM = Map.of("GTXPro", "GTX Pro");

    private final Map<String, String> aliases;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    /** Creates the table from pipeline names to product names. */
    public ProductAliases(Map<String, String> aliases) {
        this.aliases = Map.copyOf(requireNonNull(aliases, "aliases is null"));
        this.aliases.keySet().stream().sorted().forEach(alias -> counts.put(alias, 0));
    }

    public static ProductAliases mavenCrm() {
        return new ProductAliases(MAVEN_CRM);
    }

    /**
     * Resolves a product name of the pipeline to a product of the ladder. A name that is a product itself is
     * kept, even when it is also listed as an alias, so the table never hides a real product. Otherwise an alias
     * resolves to its target when the target is on the ladder.
     *
     * @return the product name on the ladder, or empty when the name is neither a product nor a usable alias
     */
    public Optional<String> resolve(String name, ProductLadder ladder) {
        if (ladder.product(name).isPresent()) {
            return Optional.of(name);
        }
        String target = aliases.get(name);
        if (target == null || ladder.product(target).isEmpty()) {
            return Optional.empty();
        }
        counts.merge(name, 1, Integer::sum);
        return Optional.of(target);
    }

    /** Returns the product an alias stands for, or empty when {@code name} is no alias. */
    public Optional<String> target(String name) {
        return Optional.ofNullable(aliases.get(name));
    }

    /** Returns each alias with the number of opportunities it resolved so far, aliases in alphabetical order. */
    public Map<String, Integer> counts() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
