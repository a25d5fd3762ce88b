package io.idem.pipeline.crm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.pipeline.support.CrmFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each invalid row gets an error naming file, line, column, value and reason. */
class BadRowTest {

    private static final String GOOD = "G1,Anna Snelling,GTX Basic,Acme Corporation,Won,2017-01-01,2017-01-11,550";

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            B1,Anna Snelling,GTX Basic,Acme Corporation,Wonn,2017-01-01,2017-01-11,550 | deal_stage | Wonn | unknown deal stage
            B1,Anna Snelling,GTX Basic,Acme Corporation,Won,2017-01-01,11/01/2017,550 | close_date | 11/01/2017 | not a valid date in the form yyyy-mm-dd
            B1,Anna Snelling,GTX Basic,Acme Corporation,Won,2017-01-11,2017-01-01,550 | close_date | 2017-01-01 | the deal closes before its engage date 2017-01-11
            B1,Anna Snelling,GTX Basic,Acme Corporation,Won,2017-01-01,2017-01-11,    | close_value |            | the value is missing
            B1,Anna Snelling,GTX Basic,Acme Corporation,Won,2017-01-01,2017-01-11,-5  | close_value | -5         | the close value must not be negative
            B1,Anna Snelling,GTX Basic,Acme Corporation,Won,2017-01-01,2017-01-11,5k  | close_value | 5k         | not a decimal number
            B1,Anna Snelling,GTX Basic,Acme Corporation,Engaging,2017-01-01,2017-01-11, | close_date | 2017-01-11 | an open deal (Engaging) has no close_date
            B1,Anna Snelling,GTX Basic,Acme Corporation,Prospecting,,,100               | close_value | 100        | an open deal (Prospecting) has no close_value
            B1,Anna Snelling,GTX Basic,Acme Corporation,Lost,,2017-01-11,0              | engage_date |            | the value is missing
            B1,Nobody Known,GTX Basic,Acme Corporation,Won,2017-01-01,2017-01-11,550    | sales_agent | Nobody Known | the agent is not listed in sales_teams.csv
            B1,Anna Snelling,GTX Basic,Initech,Won,2017-01-01,2017-01-11,550            | account | Initech | the account is not listed in accounts.csv
            G1,Anna Snelling,GTX Basic,Acme Corporation,Lost,2017-01-01,2017-01-11,0    | opportunity_id | G1 | the id is already used on line 2
            ,Anna Snelling,GTX Basic,Acme Corporation,Won,2017-01-01,2017-01-11,550     | opportunity_id |    | the value is missing
            """)
    void badPipelineRowIsLocated(String row, String column, String value, String reason) {
        CrmFixture fixture = new CrmFixture().deals(GOOD, row.strip());
        String expectedValue = value == null ? "" : value;

        assertThatThrownBy(() -> new CrmReader().read(fixture.write(folder)))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("sales_pipeline.csv line 3, column " + column + ", value '" + expectedValue + "'")
                .hasMessageContaining(": " + reason + ". Fix: ");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Acme Corporation,technolgy,1996,1100.04,2822,United States,Umbrella Corporation | subsidiary_of | Umbrella Corporation | the parent company is not an account of this file
            Acme Corporation,technolgy,nineteen,1100.04,2822,United States,                | year_established | nineteen | not a whole number
            Acme Corporation,technolgy,1996,-1,2822,United States,                         | revenue | -1 | revenue must not be negative
            Acme Corporation,,1996,1100.04,2822,United States,                             | sector |    | the value is missing
            Acme Corporation,technolgy,1996,1100.04,2822,United States,Acme Corporation    | subsidiary_of | Acme Corporation | the account names itself as its parent
            """)
    void badAccountRowIsLocated(String row, String column, String value, String reason) {
        CrmFixture fixture = new CrmFixture().accounts(
                "account,sector,year_established,revenue,employees,office_location,subsidiary_of\n" + row.strip() + "\n");
        String expectedValue = value == null ? "" : value;

        assertThatThrownBy(() -> new CrmReader().read(fixture.write(folder)))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("accounts.csv line 2, column " + column + ", value '" + expectedValue + "'")
                .hasMessageContaining(": " + reason + ". Fix: ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GTX Basic,GTX,0      | sales_price | 0    | the price must be positive
            GTX Basic,GTX,cheap  | sales_price | cheap | not a decimal number
            GTX Basic,,550       | series      |      | the value is missing
            """)
    void badProductRowIsLocated(String row, String column, String value, String reason) {
        CrmFixture fixture = new CrmFixture().products("product,series,sales_price\n" + row.strip() + "\n");
        String expectedValue = value == null ? "" : value;

        assertThatThrownBy(() -> new CrmReader().read(fixture.write(folder)))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("products.csv line 2, column " + column + ", value '" + expectedValue + "'")
                .hasMessageContaining(": " + reason + ". Fix: ");
    }
}
