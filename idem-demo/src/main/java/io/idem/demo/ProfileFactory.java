package io.idem.demo;

/**
 * Draws account profiles. About {@value #ESTABLISHED_SHARE} of the accounts signed up in the
 * {@value #ESTABLISHED_MONTHS} months before the history starts; the others sign up during the
 * history, more of them in later months, as in a company whose acquisition grows.
 */
final class ProfileFactory {

    static final int UNASSIGNED_DAYS = 14;
    static final double ESTABLISHED_SHARE = 0.4;
    static final int ESTABLISHED_MONTHS = 36;
    /** New signups in the last month are this many times those of the first month, rising linearly. */
    private static final double SIGNUP_GROWTH = 1.8;

    private final HistoryWindow window;
    private final double[] segmentWeights;
    private final double[] signupMonthWeights;
    private final double[] scratch;
    private final DemoCompany.Csm[] commercialTeam;
    private final DemoCompany.Csm[] enterpriseTeam;

    ProfileFactory(HistoryWindow window) {
        this.window = window;
        MarketSegment[] segments = MarketSegment.values();
        segmentWeights = new double[segments.length];
        for (int i = 0; i < segments.length; i++) {
            segmentWeights[i] = segments[i].share();
        }
        int months = window.months();
        signupMonthWeights = new double[months];
        for (int m = 0; m < months; m++) {
            double full = 1 + (SIGNUP_GROWTH - 1) * m / Math.max(1, months - 1);
            signupMonthWeights[m] = full * (window.monthEnd(m) - window.monthStart(m) + 1) / window.monthLength(m);
        }
        scratch = new double[Math.max(months, DemoCompany.COUNTRIES.size())];
        commercialTeam = DemoCompany.TEAM.stream().filter(c -> !c.enterprise()).toArray(DemoCompany.Csm[]::new);
        enterpriseTeam = DemoCompany.TEAM.stream().filter(DemoCompany.Csm::enterprise).toArray(DemoCompany.Csm[]::new);
    }

    AccountProfile draw(int index, Draws draws) {
        MarketSegment segment = MarketSegment.values()[draws.weighted(segmentWeights, segmentWeights.length, scratch)];
        String name = draws.pick(DemoCompany.NAME_STARTS) + draws.pick(DemoCompany.NAME_ENDS) + " "
                + draws.pick(DemoCompany.NAME_KINDS);
        String industry = draws.pick(DemoCompany.INDUSTRIES);
        DemoCompany.Country country = DemoCompany.COUNTRIES.get(
                draws.weighted(DemoCompany.COUNTRY_WEIGHTS, DemoCompany.COUNTRY_WEIGHTS.length, scratch));
        int signupDay = drawSignupDay(draws);
        DemoCompany.Csm csm = draws.pick(segment == MarketSegment.ENTERPRISE ? enterpriseTeam : commercialTeam);
        boolean assigned = signupDay <= window.asOfDay() - UNASSIGNED_DAYS;
        return new AccountProfile(index, name, industry, country.code(), country.region(), segment, signupDay,
                assigned ? csm.name() : "", csm.manager());
    }

    private int drawSignupDay(Draws draws) {
        if (draws.chance(ESTABLISHED_SHARE)) {
            int earliest = HistoryWindow.plusMonths(window.firstDay(), -ESTABLISHED_MONTHS);
            return draws.between(earliest, window.firstDay() - 1);
        }
        int month = draws.weighted(signupMonthWeights, signupMonthWeights.length, scratch);
        return draws.between(window.monthStart(month), window.monthEnd(month));
    }
}
