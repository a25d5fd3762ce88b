package io.idem.workspace;

import io.idem.store.ColumnType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the sections of idem.yaml into definition records. */
final class DefinitionReader {

    private static final Set<String> SOURCE_FIELDS = Set.of("kind", "file", "encoding", "delimiter", "key", "columns", "account_link");
    private static final Set<String> COLUMN_FIELDS = Set.of("from", "type", "required");
    private static final Set<String> FEATURE_FIELDS = Set.of("description", "source", "aggregate", "column", "where",
            "window", "offset", "expression");
    private static final Set<String> TRIGGER_FIELDS = Set.of("kind", "description", "when", "fire", "cooldown", "template");
    private static final Set<String> TRIGGER_FIELDS_WITH_PARAMETERS = union(TRIGGER_FIELDS, TriggerTemplate.allParameterNames());
    private static final Set<String> SEGMENT_FIELDS = Set.of("description", "when");
    private static final Set<String> HEALTH_FIELDS = Set.of("description", "measures", "bands", "peer_group");
    private static final Set<String> MEASURE_FIELDS = Set.of("feature", "category", "weight", "linear", "thresholds", "percentile",
            "missing");
    private static final List<String> SCORINGS = List.of("linear", "thresholds", "percentile");
    private static final Set<String> PLAYBOOK_FIELDS = Set.of("description", "segment", "trigger", "motion", "offer", "sla",
            "cooldown", "owner", "steps");

    private final Path file;

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new java.util.LinkedHashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    DefinitionReader(Path file) {
        this.file = file;
    }

    Map<String, Source> sources(YamlNode section) {
        Map<String, Source> sources = new LinkedHashMap<>();
        if (section == null) {
            return sources;
        }
        for (Map.Entry<String, YamlNode> entry : section.entries().entrySet()) {
            String name = checkedName(entry.getKey(), entry.getValue());
            FieldReader fields = new FieldReader(entry.getValue(), SOURCE_FIELDS);
            SourceKind kind = fields.enumValue("kind", SourceKind.class, SourceKind.OTHER);
            String fileName = fields.string("file", true);
            String encoding = fields.string("encoding", false);
            if (encoding != null && !List.of("utf-8", "windows-1252").contains(encoding.toLowerCase(java.util.Locale.ROOT))) {
                fields.node("encoding").problem(encoding, "unsupported encoding", "use utf-8 or windows-1252");
            }
            String delimiter = fields.string("delimiter", false);
            Character delimiterChar = null;
            if (delimiter != null) {
                String unescaped = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
                if (unescaped.length() != 1) {
                    fields.node("delimiter").problem(delimiter, "a delimiter is one character", "write for example ',' or ';' or tab");
                } else {
                    delimiterChar = unescaped.charAt(0);
                }
            }
            Map<String, Column> columns = new LinkedHashMap<>();
            YamlNode columnsNode = fields.node("columns");
            if (columnsNode == null) {
                fields.missing("columns");
            } else {
                for (Map.Entry<String, YamlNode> column : columnsNode.entries().entrySet()) {
                    String columnName = checkedName(column.getKey(), column.getValue());
                    YamlNode columnNode = column.getValue();
                    if (columnNode.isScalar()) {
                        // Short form: "seats: integer".
                        ColumnType type = shortType(columnNode);
                        columns.put(columnName, new Column(columnName, columnName, type, false, columnNode.location()));
                        continue;
                    }
                    FieldReader columnFields = new FieldReader(columnNode, COLUMN_FIELDS);
                    String header = columnFields.string("from", false);
                    columns.put(columnName, new Column(columnName, header == null ? columnName : header,
                            columnFields.columnType("type"), columnFields.bool("required", false), columnNode.location()));
                }
            }
            List<String> key = fields.strings("key");
            AccountLink link = null;
            YamlNode linkNode = fields.node("account_link");
            if (linkNode != null) {
                FieldReader linkFields = new FieldReader(linkNode, Set.of("source", "column"));
                link = new AccountLink(linkFields.string("source", true), linkFields.string("column", true), linkNode.location());
            }
            sources.put(name, new Source(name, kind, fileName, encoding == null ? "utf-8" : encoding.toLowerCase(java.util.Locale.ROOT),
                    delimiterChar, key, columns, link, entry.getValue().location()));
        }
        return sources;
    }

    private static ColumnType shortType(YamlNode node) {
        String text = node.text();
        try {
            return ColumnType.valueOf(text == null ? "STRING" : text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            node.problem(text, "invalid column type", Suggestions.hint(text.toLowerCase(java.util.Locale.ROOT),
                    java.util.Arrays.stream(ColumnType.values()).map(ColumnType::configName).toList()));
            return ColumnType.STRING;
        }
    }

    Map<String, Feature> features(YamlNode section) {
        Map<String, Feature> features = new LinkedHashMap<>();
        if (section == null) {
            return features;
        }
        for (Map.Entry<String, YamlNode> entry : section.entries().entrySet()) {
            String name = checkedName(entry.getKey(), entry.getValue());
            FieldReader fields = new FieldReader(entry.getValue(), FEATURE_FIELDS);
            String expression = fields.string("expression", false);
            String source = fields.string("source", false);
            if (expression != null && source != null) {
                entry.getValue().problem(name, "a feature has either 'expression' or 'source', not both",
                        "split it into an aggregate feature and an expression feature that uses it");
            }
            if (expression == null && source == null) {
                entry.getValue().problem(name, "a feature needs 'source' and 'aggregate', or an 'expression'",
                        "add for example 'source: usage' and 'aggregate: count'");
            }
            Aggregate aggregate = source == null ? null : fields.enumValue("aggregate", Aggregate.class, null);
            if (expression != null && source == null) {
                for (String sourceOnly : List.of("aggregate", "column", "where", "window", "offset")) {
                    if (fields.node(sourceOnly) != null) {
                        fields.node(sourceOnly).problem(sourceOnly, "'" + sourceOnly + "' applies to source aggregates, not to an expression feature",
                                "remove it, or define an aggregate feature and use it in the expression");
                    }
                }
            }
            features.put(name, new Feature(name, fields.string("description", false), source, aggregate,
                    fields.string("column", false), fields.string("where", false), fields.days("window", null),
                    fields.days("offset", 0), expression, entry.getValue().location()));
        }
        return features;
    }

    /**
     * Reads the triggers. A trigger with {@code template: NAME} gets its condition, and its kind
     * unless it gives one, from {@link TriggerTemplates}, which reads the template's sources among
     * {@code sources}.
     */
    Map<String, Trigger> triggers(YamlNode section, Map<String, Source> sources) {
        Map<String, Trigger> triggers = new LinkedHashMap<>();
        if (section == null) {
            return triggers;
        }
        for (Map.Entry<String, YamlNode> entry : section.entries().entrySet()) {
            String name = checkedName(entry.getKey(), entry.getValue());
            YamlNode node = entry.getValue();
            FieldReader fields = new FieldReader(node, TRIGGER_FIELDS_WITH_PARAMETERS);
            String templateName = fields.string("template", false);
            TriggerKind kind = templateName == null ? fields.enumValue("kind", TriggerKind.class, null)
                    : fields.optionalEnum("kind", TriggerKind.class);
            String condition = fields.string("when", templateName == null);
            FireMode fire = fields.enumValue("fire", FireMode.class, FireMode.BECOMES_TRUE);
            int cooldown = fields.days("cooldown", 0);
            if (templateName == null) {
                rejectParameters(node, fields);
            } else if (condition != null) {
                node.problem(name, "a trigger has either 'when' or 'template', not both",
                        "remove 'template' and its parameters to keep your own condition, or remove 'when'");
                condition = null;
            } else {
                TriggerTemplates.Expansion expansion = expandTemplate(node, fields, templateName, sources);
                condition = expansion == null ? null : expansion.condition();
                kind = kind != null || expansion == null ? kind : expansion.kind();
            }
            if (kind != null && condition != null) {
                triggers.put(name, new Trigger(name, kind, fields.string("description", false), condition, fire, cooldown,
                        node.location()));
            }
        }
        return triggers;
    }

    private static TriggerTemplates.Expansion expandTemplate(YamlNode node, FieldReader fields, String templateName,
                                                             Map<String, Source> sources) {
        YamlNode templateNode = fields.node("template");
        TriggerTemplate template = TriggerTemplate.byName(templateName.trim()).orElse(null);
        if (template == null) {
            templateNode.problem(templateName, "unknown trigger template", Suggestions.hint(templateName, TriggerTemplate.names()));
            return null;
        }
        Map<String, YamlNode> present = new LinkedHashMap<>();
        for (String parameter : TriggerTemplate.allParameterNames()) {
            YamlNode value = fields.node(parameter);
            if (value == null) {
                continue;
            }
            if (template.parameter(parameter).isEmpty()) {
                node.keyNode(parameter).problem(parameter, "template " + template.configName() + " has no parameter '" + parameter + "'",
                        "remove it; the template takes " + String.join(", ", template.parameters().stream().map(TemplateParameter::name).toList()));
                continue;
            }
            present.put(parameter, value);
        }
        TemplateArguments arguments = new TemplateArguments(template, node, present);
        return TriggerTemplates.expand(template, arguments, templateNode, sources);
    }

    /** Reports template parameters written on a trigger without a template. */
    private static void rejectParameters(YamlNode node, FieldReader fields) {
        for (String parameter : TriggerTemplate.allParameterNames()) {
            if (fields.node(parameter) != null) {
                node.keyNode(parameter).problem(parameter, "'" + parameter + "' is a template parameter, and this trigger has no template",
                        "remove it, or replace 'when' with 'template: NAME' (one of: " + String.join(", ", TriggerTemplate.names()) + ")");
            }
        }
    }

    Map<String, Segment> segments(YamlNode section) {
        Map<String, Segment> segments = new LinkedHashMap<>();
        if (section == null) {
            return segments;
        }
        for (Map.Entry<String, YamlNode> entry : section.entries().entrySet()) {
            String name = checkedName(entry.getKey(), entry.getValue());
            FieldReader fields = new FieldReader(entry.getValue(), SEGMENT_FIELDS);
            String condition = fields.string("when", true);
            if (condition != null) {
                segments.put(name, new Segment(name, fields.string("description", false), condition, entry.getValue().location()));
            }
        }
        return segments;
    }

    List<HealthModel> healthModels(YamlNode section) {
        List<HealthModel> models = new ArrayList<>();
        if (section == null) {
            return models;
        }
        for (Map.Entry<String, YamlNode> entry : section.entries().entrySet()) {
            String name = checkedName(entry.getKey(), entry.getValue());
            FieldReader fields = new FieldReader(entry.getValue(), HEALTH_FIELDS);
            List<HealthMeasure> measures = new ArrayList<>();
            YamlNode measuresNode = fields.node("measures");
            if (measuresNode == null) {
                fields.missing("measures");
            } else {
                for (Map.Entry<String, YamlNode> measure : measuresNode.entries().entrySet()) {
                    measures.add(measure(checkedName(measure.getKey(), measure.getValue()), measure.getValue()));
                }
            }
            List<HealthBand> bands = new ArrayList<>();
            YamlNode bandsNode = fields.node("bands");
            if (bandsNode == null) {
                bands.add(new HealthBand("green", 70));
                bands.add(new HealthBand("amber", 40));
                bands.add(new HealthBand("red", 0));
            } else {
                for (Map.Entry<String, YamlNode> band : bandsNode.entries().entrySet()) {
                    String bandName = checkedName(band.getKey(), band.getValue());
                    String min = band.getValue().text();
                    try {
                        bands.add(new HealthBand(bandName, Double.parseDouble(min)));
                    } catch (NumberFormatException | NullPointerException e) {
                        band.getValue().problem(min, "a band needs its minimum score", "write for example 'green: 70'");
                    }
                }
            }
            models.add(new HealthModel(name, fields.string("description", false), measures, bands, fields.name("peer_group", false),
                    entry.getValue().location()));
        }
        return models;
    }

    private HealthMeasure measure(String name, YamlNode node) {
        FieldReader fields = new FieldReader(node, MEASURE_FIELDS);
        String feature = fields.string("feature", false);
        double weight = fields.number("weight", 1.0);
        if (weight <= 0) {
            fields.node("weight").problem(String.valueOf(weight), "weight must be positive", "give a weight above 0; weights are normalised to 100");
        }
        long written = SCORINGS.stream().filter(key -> fields.node(key) != null).count();
        if (written > 1) {
            node.problem(name, "a measure has only one of 'linear', 'thresholds' and 'percentile'", "keep one of them");
        }
        Scoring scoring = null;
        YamlNode linear = fields.node("linear");
        YamlNode thresholds = fields.node("thresholds");
        YamlNode percentile = fields.node("percentile");
        if (linear != null) {
            scoring = linearScoring(linear);
        } else if (thresholds != null) {
            scoring = thresholdScoring(thresholds);
        } else if (percentile != null) {
            FieldReader options = new FieldReader(percentile, Set.of("lower_is_better"));
            scoring = Scoring.percentile(options.bool("lower_is_better", false));
        } else {
            node.problem(name, "a measure needs 'linear', 'thresholds' or 'percentile' scoring",
                    "add for example 'linear: {worst: 0, best: 100}' or 'percentile: {}'");
        }
        return new HealthMeasure(name, feature == null ? name : feature, fields.string("category", false), weight, scoring,
                fields.enumValue("missing", MissingPolicy.class, MissingPolicy.EXCLUDE), node.location());
    }

    private static Scoring linearScoring(YamlNode linear) {
        FieldReader range = new FieldReader(linear, Set.of("worst", "best"));
        Double worst = range.number("worst", null);
        Double best = range.number("best", null);
        if (worst == null || best == null || worst.equals(best)) {
            linear.problem(null, "a linear scoring needs different 'worst' and 'best' values", "write for example {worst: 0, best: 100}");
            return null;
        }
        return Scoring.linear(worst, best);
    }

    private static Scoring thresholdScoring(YamlNode thresholds) {
        List<Scoring.Step> steps = new ArrayList<>();
        for (YamlNode item : thresholds.items()) {
            FieldReader step = new FieldReader(item, Set.of("min", "score"));
            Double score = step.number("score", null);
            if (score == null || score < 0 || score > 100) {
                item.problem(score == null ? null : String.valueOf(score), "a threshold step needs a score from 0 to 100",
                        "write for example {min: 10, score: 100}");
                continue;
            }
            steps.add(new Scoring.Step(step.number("min", null), score));
        }
        if (steps.isEmpty()) {
            thresholds.problem(null, "thresholds need at least one step", "add for example [{min: 10, score: 100}, {score: 0}]");
        }
        steps.sort((a, b) -> Double.compare(b.min() == null ? Double.NEGATIVE_INFINITY : b.min(),
                a.min() == null ? Double.NEGATIVE_INFINITY : a.min()));
        return Scoring.thresholds(steps);
    }

    OfferCatalog offers(YamlNode section) {
        if (section == null) {
            return OfferCatalog.empty();
        }
        FieldReader fields = new FieldReader(section, Set.of("currency", "plans", "seat_increment", "addons", "products", "bundles",
                "cap_feature", "near_cap", "seat_use_feature", "high_seat_use"));
        String currency = catalogCurrency(fields);

        List<OfferCatalog.Plan> plans = new ArrayList<>();
        YamlNode plansNode = fields.node("plans");
        if (plansNode != null) {
            for (YamlNode item : plansNode.items()) {
                FieldReader plan = new FieldReader(item, Set.of("name", "seat_price", "seat_tiers", "currency"));
                String name = plan.string("name", true);
                List<OfferCatalog.SeatTier> tiers = seatTiers(plan.node("seat_tiers"));
                BigDecimal price = plan.money("seat_price", plan.node("seat_tiers") == null);
                if (price == null && tiers != null && !tiers.isEmpty()) {
                    price = tiers.get(0).price();
                }
                boolean sameCurrency = offerCurrency(plan, currency);
                if (name != null && price != null && tiers != null && sameCurrency) {
                    plans.add(new OfferCatalog.Plan(name, price, tiers));
                }
            }
        }

        double increment = fields.number("seat_increment", 5.0);
        OfferCatalog.UpsellSignals signals = new OfferCatalog.UpsellSignals(fields.string("cap_feature", false),
                ratio(fields, "near_cap"), fields.string("seat_use_feature", false), ratio(fields, "high_seat_use"));

        List<OfferCatalog.Product> addons = products(fields.node("addons"), currency);
        List<OfferCatalog.Product> products = products(fields.node("products"), currency);
        checkEligibility(fields.node("addons"), addons, plans, addons, products);
        checkEligibility(fields.node("products"), products, plans, addons, products);
        return new OfferCatalog(currency, plans, (int) increment, addons, products, bundles(fields.node("bundles"), currency), signals);
    }

    private static String catalogCurrency(FieldReader fields) {
        String currency = fields.string("currency", false);
        if (currency == null) {
            return "USD";
        }
        String code = currency.trim().toUpperCase(Locale.ROOT);
        try {
            java.util.Currency.getInstance(code);
            return code;
        } catch (IllegalArgumentException e) {
            fields.node("currency").problem(currency, "unknown currency", "write an ISO 4217 code such as USD or EUR");
            return "USD";
        }
    }

    /** Accepts an offer's own currency only when it is the catalog's, so every price in a catalog adds up. */
    private static boolean offerCurrency(FieldReader offer, String catalogCurrency) {
        String currency = offer.string("currency", false);
        if (currency == null || currency.trim().equalsIgnoreCase(catalogCurrency)) {
            return true;
        }
        offer.node("currency").problem(currency, "this offer is priced in " + currency.trim() + " but the catalog currency is " + catalogCurrency,
                "convert the price to " + catalogCurrency + " and remove the offer's currency, or change offers.currency");
        return false;
    }

    private static double ratio(FieldReader fields, String key) {
        Double value = fields.number(key, OfferCatalog.UpsellSignals.DEFAULT_THRESHOLD);
        if (value < 0) {
            fields.node(key).problem(String.valueOf(value), key + " is negative", "write a ratio such as 0.8 for 80%");
            return OfferCatalog.UpsellSignals.DEFAULT_THRESHOLD;
        }
        return value;
    }

    /** Reads graduated seat tiers. Returns null after reporting a problem, and an empty list when there are none. */
    private static List<OfferCatalog.SeatTier> seatTiers(YamlNode node) {
        List<OfferCatalog.SeatTier> tiers = new ArrayList<>();
        if (node == null) {
            return tiers;
        }
        boolean valid = true;
        List<YamlNode> items = node.items();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            FieldReader tier = new FieldReader(item, Set.of("up_to", "price"));
            BigDecimal price = tier.money("price", true);
            Double upTo = tier.number("up_to", null);
            boolean last = i == items.size() - 1;
            if (upTo == null && !last) {
                item.problem(null, "only the last seat tier may leave out up_to", "add up_to to this tier or move it to the end");
                valid = false;
            } else if (upTo != null && last) {
                item.problem(String.valueOf(upTo), "the last seat tier needs no up_to", "remove up_to from the last tier so it prices every further seat");
                valid = false;
            } else if (upTo != null && (upTo < 1 || upTo != Math.rint(upTo))) {
                tier.node("up_to").problem(String.valueOf(upTo), "up_to is not a whole number of seats of 1 or more", "write a seat count such as 10");
                valid = false;
            } else if (upTo != null && !tiers.isEmpty() && upTo.intValue() <= tiers.get(tiers.size() - 1).upTo()) {
                tier.node("up_to").problem(String.valueOf(upTo.intValue()), "up_to must be larger than the previous tier's "
                        + tiers.get(tiers.size() - 1).upTo(), "list the tiers from the fewest seats to the most");
                valid = false;
            }
            if (price == null) {
                valid = false;
            }
            if (valid) {
                tiers.add(new OfferCatalog.SeatTier(upTo == null ? null : upTo.intValue(), price));
            }
        }
        return valid ? tiers : null;
    }

    private List<OfferCatalog.Product> products(YamlNode node, String currency) {
        List<OfferCatalog.Product> products = new ArrayList<>();
        if (node == null) {
            return products;
        }
        for (YamlNode item : node.items()) {
            FieldReader product = new FieldReader(item, Set.of("name", "price", "requires_plan", "requires", "excludes",
                    "usage_feature", "min_usage", "currency"));
            String name = product.string("name", true);
            BigDecimal price = product.money("price", true);
            boolean sameCurrency = offerCurrency(product, currency);
            if (name != null && price != null && sameCurrency) {
                products.add(new OfferCatalog.Product(name, price, product.string("requires_plan", false), product.strings("requires"),
                        product.strings("excludes"), product.string("usage_feature", false), product.number("min_usage", null)));
            }
        }
        return products;
    }

    /** Checks that eligibility rules name plans and offers of this catalog, and that no offer requires what it excludes. */
    private static void checkEligibility(YamlNode node, List<OfferCatalog.Product> offers, List<OfferCatalog.Plan> plans,
                                         List<OfferCatalog.Product> addons, List<OfferCatalog.Product> products) {
        if (node == null) {
            return;
        }
        List<String> planNames = plans.stream().map(OfferCatalog.Plan::name).toList();
        List<String> offerNames = new ArrayList<>();
        addons.forEach(a -> offerNames.add(a.name()));
        products.forEach(p -> offerNames.add(p.name()));
        Map<String, YamlNode> items = new LinkedHashMap<>();
        for (YamlNode item : node.items()) {
            YamlNode name = item.entries().get("name");
            if (name != null && name.text() != null) {
                items.putIfAbsent(name.text(), item);
            }
        }
        for (OfferCatalog.Product offer : offers) {
            YamlNode item = items.get(offer.name());
            if (offer.requiresPlan() != null && planNames.stream().noneMatch(p -> p.equalsIgnoreCase(offer.requiresPlan()))) {
                item.entries().get("requires_plan").problem(offer.requiresPlan(), "requires_plan names no plan of the ladder",
                        Suggestions.hint(offer.requiresPlan(), planNames));
            }
            for (String key : List.of("requires", "excludes")) {
                List<String> names = key.equals("requires") ? offer.requires() : offer.excludes();
                for (String name : names) {
                    if (!offerNames.contains(name) || name.equals(offer.name())) {
                        item.entries().get(key).problem(name, key + " names no other add-on or product of the catalog", Suggestions.hint(name, offerNames));
                    }
                }
            }
            for (String name : offer.requires()) {
                if (offer.excludes().contains(name)) {
                    item.entries().get("excludes").problem(name, "offer " + offer.name() + " both requires and excludes " + name,
                            "remove " + name + " from requires or from excludes");
                }
            }
        }
    }

    private List<OfferCatalog.Bundle> bundles(YamlNode node, String currency) {
        List<OfferCatalog.Bundle> bundles = new ArrayList<>();
        if (node == null) {
            return bundles;
        }
        for (YamlNode item : node.items()) {
            FieldReader bundle = new FieldReader(item, Set.of("name", "products", "price", "currency"));
            String name = bundle.string("name", true);
            BigDecimal price = bundle.money("price", true);
            List<String> products = bundle.strings("products");
            if (products.size() < 2) {
                item.problem(name, "a bundle needs at least two products", "list the products it packages under 'products'");
            }
            boolean sameCurrency = offerCurrency(bundle, currency);
            if (name != null && price != null && sameCurrency) {
                bundles.add(new OfferCatalog.Bundle(name, products, price));
            }
        }
        return bundles;
    }

    Map<String, Playbook> playbooks(YamlNode section) {
        Map<String, Playbook> playbooks = new LinkedHashMap<>();
        if (section == null) {
            return playbooks;
        }
        for (Map.Entry<String, YamlNode> entry : section.entries().entrySet()) {
            String name = checkedName(entry.getKey(), entry.getValue());
            FieldReader fields = new FieldReader(entry.getValue(), PLAYBOOK_FIELDS);
            String segment = fields.string("segment", false);
            String trigger = fields.string("trigger", false);
            if ((segment == null) == (trigger == null)) {
                entry.getValue().problem(name, "a playbook starts on exactly one of 'segment' or 'trigger'",
                        "keep one of the two: 'segment: NAME' starts a play when an account enters it");
            }
            Motion motion = fields.optionalEnum("motion", Motion.class);
            String offer = fields.string("offer", false);
            if (motion != null && offer == null) {
                fields.missing("offer");
            }
            if (motion == null && offer != null) {
                fields.node("offer").problem(offer, "an offer needs a motion", "add 'motion: upsell', 'cross_sell' or 'bundle', or remove the offer");
            }
            OwnerRule owner = owner(fields.node("owner"), new OwnerRule.AccountOwner(null));
            List<PlaybookStep> steps = new ArrayList<>();
            YamlNode stepsNode = fields.node("steps");
            if (stepsNode == null) {
                fields.missing("steps");
            } else {
                StepReader stepReader = new StepReader(file.toAbsolutePath().getParent(), this::owner);
                for (Map.Entry<String, YamlNode> step : stepsNode.entries().entrySet()) {
                    PlaybookStep read = stepReader.read(checkedName(step.getKey(), step.getValue()), step.getValue(), owner);
                    if (read != null) {
                        steps.add(read);
                    }
                }
            }
            playbooks.put(name, new Playbook(name, fields.string("description", false), segment, trigger, motion, offer,
                    fields.days("cooldown", 90), owner, steps, entry.getValue().location(), fields.days("sla", null)));
        }
        return playbooks;
    }

    /**
     * Reads {@code account_owner}, {@code {account_owner: TEAM}}, {@code {round_robin: TEAM}},
     * {@code {least_loaded: TEAM}} or {@code {territory: {by: FIELD, map: {VALUE: TEAM}, default: TEAM}}}.
     */
    private OwnerRule owner(YamlNode node, OwnerRule defaultRule) {
        if (node == null) {
            return defaultRule;
        }
        String forms = "write 'account_owner', '{round_robin: TEAM}', '{account_owner: TEAM}' (the account's owner, else round-robin "
                + "over TEAM), '{least_loaded: TEAM}' or '{territory: {by: country, map: {US: team_us}, default: TEAM}}'";
        if (node.isScalar()) {
            String text = node.text();
            if ("account_owner".equals(text)) {
                return new OwnerRule.AccountOwner(null);
            }
            node.problem(text, "invalid owner", forms);
            return defaultRule;
        }
        FieldReader fields = new FieldReader(node, Set.of("round_robin", "account_owner", "least_loaded", "territory"));
        List<String> given = java.util.stream.Stream.of("round_robin", "account_owner", "least_loaded", "territory")
                .filter(key -> fields.node(key) != null).toList();
        if (given.size() != 1) {
            node.problem(given.isEmpty() ? null : String.join(", ", given), "an owner is exactly one of 'round_robin', 'account_owner', "
                    + "'least_loaded' or 'territory'", forms);
            if (given.isEmpty()) {
                return defaultRule;
            }
        }
        return switch (given.get(0)) {
            case "round_robin" -> new OwnerRule.RoundRobin(fields.string("round_robin", true));
            case "least_loaded" -> new OwnerRule.LeastLoaded(fields.string("least_loaded", true));
            case "territory" -> territory(fields.node("territory"), defaultRule);
            default -> new OwnerRule.AccountOwner(fields.string("account_owner", true));
        };
    }

    private OwnerRule territory(YamlNode node, OwnerRule defaultRule) {
        if (!node.isMapping()) {
            node.problem(node.scalarOrNull(), "a territory is a mapping", "write '{by: country, map: {US: team_us, DE: team_emea}, default: team_x}'");
            return defaultRule;
        }
        FieldReader fields = new FieldReader(node, Set.of("by", "map", "default"));
        String by = fields.name("by", true);
        Map<String, String> teams = new LinkedHashMap<>();
        YamlNode map = fields.node("map");
        if (map == null) {
            fields.missing("map");
        } else {
            for (Map.Entry<String, YamlNode> entry : map.entries().entrySet()) {
                String team = entry.getValue().text();
                if (team == null) {
                    entry.getValue().problem(null, "missing team for territory value '" + entry.getKey() + "'", "write 'VALUE: TEAM'");
                } else {
                    teams.put(entry.getKey(), team);
                }
            }
        }
        return by == null ? defaultRule : new OwnerRule.Territory(by, teams, fields.string("default", false), node.location());
    }

    /** Reads {@code account_fields:}: each a short type ({@code csm_tier: string}) or {@code {type: ..., description: ...}}. */
    Map<String, AccountField> accountFields(YamlNode section) {
        Map<String, AccountField> fields = new LinkedHashMap<>();
        if (section == null) {
            return fields;
        }
        for (Map.Entry<String, YamlNode> entry : section.entries().entrySet()) {
            String name = checkedName(entry.getKey(), entry.getValue());
            YamlNode node = entry.getValue();
            if (node.isScalar()) {
                fields.put(name, new AccountField(name, shortType(node), null, node.location()));
                continue;
            }
            FieldReader reader = new FieldReader(node, Set.of("type", "description"));
            if (reader.node("type") == null) {
                reader.missing("type");
            }
            fields.put(name, new AccountField(name, reader.columnType("type"), reader.string("description", false), node.location()));
        }
        return fields;
    }

    Map<String, Benchmark> benchmarks(YamlNode section) {
        Map<String, Benchmark> benchmarks = new LinkedHashMap<>();
        if (section == null) {
            return benchmarks;
        }
        for (Map.Entry<String, YamlNode> entry : section.entries().entrySet()) {
            FieldReader fields = new FieldReader(entry.getValue(), Set.of("target", "source"));
            Double target = fields.number("target", null);
            if (target == null) {
                fields.missing("target");
                continue;
            }
            String source = fields.string("source", false);
            benchmarks.put(entry.getKey(), new Benchmark(entry.getKey(), target, source == null ? "workspace setting" : source));
        }
        return benchmarks;
    }

    List<TeamMember> team(YamlNode section) {
        List<TeamMember> members = new ArrayList<>();
        if (section == null) {
            return members;
        }
        for (Map.Entry<String, YamlNode> team : section.entries().entrySet()) {
            for (YamlNode item : team.getValue().items()) {
                if (item.isScalar()) {
                    members.add(new TeamMember(item.text(), team.getKey(), null));
                    continue;
                }
                FieldReader fields = new FieldReader(item, Set.of("name", "manager"));
                String name = fields.string("name", true);
                if (name != null) {
                    members.add(new TeamMember(name, team.getKey(), fields.string("manager", false)));
                }
            }
        }
        return members;
    }

    private String checkedName(String name, YamlNode node) {
        if (!FieldReader.NAME.matcher(name).matches()) {
            node.problem(name, "invalid name", "use lower-case letters, digits and underscores, starting with a letter");
        }
        return name;
    }

    Path file() {
        return file;
    }
}
