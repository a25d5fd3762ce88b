package io.idem.pipeline.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CRM export in the Maven layout, written to a temporary folder with CRLF line endings like the shipped
 * files. The default products are GTX Basic, GTX Pro, GTX Plus Pro, MG Special, MG Advanced and GTK 500. The
 * default agents are Anna Snelling, Moses Frase and Carl Lin. The default accounts are Acme Corporation (sector
 * technolgy), Bioholding (office Philipines) and Bluth Company (a subsidiary of Acme).
 */
public final class CrmFixture {

    public static final String PIPELINE_HEADER =
            "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value";

    private String products = "product,series,sales_price\nGTX Basic,GTX,550\nGTX Pro,GTX,4821\n"
            + "GTX Plus Pro,GTX,5482\nMG Special,MG,55\nMG Advanced,MG,3393\nGTK 500,GTK,26768\n";
    private String teams = "sales_agent,manager,regional_office\nAnna Snelling,Dustin Brinkmann,Central\n"
            + "Moses Frase,Dustin Brinkmann,Central\nCarl Lin,Summer Sewald,West\n";
    private String accounts = "account,sector,year_established,revenue,employees,office_location,subsidiary_of\n"
            + "Acme Corporation,technolgy,1996,1100.04,2822,United States,\n"
            + "Bioholding,medical,2012,587.34,1356,Philipines,\n"
            + "Bluth Company,technolgy,1993,1242.32,3027,United States,Acme Corporation\n";
    private String dictionary = null;
    private final List<String> pipeline = new ArrayList<>();

    public CrmFixture products(String csv) {
        this.products = csv;
        return this;
    }

    public CrmFixture accounts(String csv) {
        this.accounts = csv;
        return this;
    }

    public CrmFixture dictionary(String csv) {
        this.dictionary = csv;
        return this;
    }

    /** Adds pipeline rows, each without line ending. */
    public CrmFixture deals(String... rows) {
        pipeline.addAll(List.of(rows));
        return this;
    }

    /** Writes the files into {@code folder} and returns it. */
    public Path write(Path folder) {
        try {
            write(folder.resolve("products.csv"), products);
            write(folder.resolve("sales_teams.csv"), teams);
            write(folder.resolve("accounts.csv"), accounts);
            write(folder.resolve("sales_pipeline.csv"), PIPELINE_HEADER + "\n" + String.join("\n", pipeline) + "\n");
            if (dictionary != null) {
                write(folder.resolve("data_dictionary.csv"), dictionary);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content.replace("\n", "\r\n"), UTF_8);
    }
}
