package io.idem.demo;

/**
 * The product features that usage rows name. Each has the lowest plan that includes it and a
 * relative popularity. Adoption is set by the months after signup at which a typical account
 * adopts it and the share of accounts that ever do. The last value is the mean number of extra
 * uses that one usage row counts beyond the first.
 */
enum ProductFeature {
    DASHBOARDS("dashboards", PlanTier.STARTER, 1.0, 0.0, 0.97, 2.0),
    SEARCH("search", PlanTier.STARTER, 0.8, 0.0, 0.95, 3.0),
    REPORTS("reports", PlanTier.STARTER, 0.7, 1.0, 0.90, 1.5),
    SHARING("sharing", PlanTier.STARTER, 0.5, 2.0, 0.80, 0.5),
    ALERTS("alerts", PlanTier.STARTER, 0.35, 3.0, 0.65, 1.0),
    AUTOMATIONS("automations", PlanTier.GROWTH, 0.6, 3.0, 0.70, 4.0),
    INTEGRATIONS("integrations", PlanTier.GROWTH, 0.5, 4.0, 0.60, 5.0),
    API("api", PlanTier.SCALE, 0.5, 5.0, 0.55, 15.0),
    ADVANCED_ANALYTICS("advanced_analytics", PlanTier.SCALE, 0.45, 4.0, 0.55, 1.5),
    AUDIT_LOG("audit_log", PlanTier.ENTERPRISE, 0.2, 2.0, 0.60, 0.5),
    SSO("sso", PlanTier.ENTERPRISE, 0.3, 0.0, 0.85, 0.0);

    static final ProductFeature[] ALL = values();

    private final String configName;
    private final PlanTier minimumPlan;
    private final double popularity;
    private final double adoptionMonths;
    private final double adoptionShare;
    private final double extraUses;

    ProductFeature(String configName, PlanTier minimumPlan, double popularity, double adoptionMonths, double adoptionShare,
                   double extraUses) {
        this.configName = configName;
        this.minimumPlan = minimumPlan;
        this.popularity = popularity;
        this.adoptionMonths = adoptionMonths;
        this.adoptionShare = adoptionShare;
        this.extraUses = extraUses;
    }

    String configName() {
        return configName;
    }

    PlanTier minimumPlan() {
        return minimumPlan;
    }

    double popularity() {
        return popularity;
    }

    double adoptionMonths() {
        return adoptionMonths;
    }

    double adoptionShare() {
        return adoptionShare;
    }

    double extraUses() {
        return extraUses;
    }
}
