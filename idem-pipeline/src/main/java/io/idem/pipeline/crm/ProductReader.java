package io.idem.pipeline.crm;

import io.idem.pipeline.model.Product;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads products.csv: product, series and suggested retail price. */
final class ProductReader {

    static final String TABLE = "products";
    static final List<String> COLUMNS = List.of("product", "series", "sales_price");

    private ProductReader() {
    }

    /**
     * Returns the products in file order.
     *
     * @throws CrmDataException for a blank name or series, a price that is not positive, or a repeated product
     */
    static List<Product> read(CsvTable table) {
        List<Product> products = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String name = row.requiredText("product");
            Long previous = firstLine.putIfAbsent(name, row.line());
            if (previous != null) {
                throw row.invalid("product", "the product is already listed on line " + previous,
                        "list each product once");
            }
            BigDecimal price = row.decimal("sales_price");
            if (price.signum() <= 0) {
                throw row.invalid("sales_price", "the price must be positive", "write the list price in USD");
            }
            products.add(new Product(name, row.requiredText("series"), price));
        }
        return products;
    }
}
