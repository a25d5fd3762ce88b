package io.idem.demo;

import java.util.List;

/**
 * The fixed cast of the demo: the customer success team that owns accounts, and the word lists
 * that account names, industries and countries are drawn from. The team must match the
 * {@code team} section of idem-demo.yaml; a test keeps the two equal.
 */
final class DemoCompany {

    /** A customer success manager; enterprise accounts go to the enterprise CSMs, the rest to the others. */
    record Csm(String name, String manager, boolean enterprise) {
    }

    static final List<Csm> TEAM = List.of(
            new Csm("Avery Chen", "Morgan Lee", false),
            new Csm("Jordan Patel", "Morgan Lee", false),
            new Csm("Sam Rivera", "Morgan Lee", false),
            new Csm("Lena Fischer", "Morgan Lee", false),
            new Csm("Priya Nair", "Dana Brooks", true),
            new Csm("Marcus Webb", "Dana Brooks", true));

    static final String TEAM_NAME = "csm";

    static final String[] INDUSTRIES = {"Software", "Financial Services", "Healthcare", "Retail", "Manufacturing",
        "Education", "Media", "Logistics", "Professional Services", "Real Estate"};

    /** A country (ISO 3166 alpha-2 code) with its sales region and share of accounts. */
    record Country(String code, String region, double share) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("US", "north_america", 0.38), new Country("CA", "north_america", 0.05),
            new Country("GB", "emea", 0.10), new Country("DE", "emea", 0.08), new Country("FR", "emea", 0.05),
            new Country("NL", "emea", 0.03), new Country("SE", "emea", 0.02), new Country("ES", "emea", 0.02),
            new Country("AU", "apac", 0.05), new Country("JP", "apac", 0.03), new Country("SG", "apac", 0.02),
            new Country("IN", "apac", 0.05), new Country("BR", "latam", 0.05), new Country("MX", "latam", 0.03));

    static final double[] COUNTRY_WEIGHTS = COUNTRIES.stream().mapToDouble(Country::share).toArray();

    static final String[] NAME_STARTS = {"Blue", "North", "Bright", "Silver", "Clear", "Red", "Green", "Swift", "Iron",
        "Cedar", "Maple", "Granite", "Harbor", "Summit", "Pioneer", "Atlas", "Beacon", "Orbit", "Vertex", "Lumen",
        "Nimbus", "Quartz", "Sierra", "Tidal", "Aurora", "Cobalt", "Ember", "Falcon", "Juniper", "Meridian"};

    static final String[] NAME_ENDS = {"field", "stone", "point", "wave", "line", "bridge", "gate", "works", "path",
        "light", "peak", "river", "wood", "port", "scale", "forge", "mark", "spring", "view", "crest"};

    static final String[] NAME_KINDS = {"Labs", "Systems", "Group", "Partners", "Health", "Logistics", "Analytics",
        "Software", "Industries", "Capital", "Retail", "Media", "Learning", "Foods", "Energy", "Robotics"};

    private DemoCompany() {
    }
}
