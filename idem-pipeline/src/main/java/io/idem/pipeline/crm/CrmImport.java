package io.idem.pipeline.crm;

import static java.util.Objects.requireNonNull;

import io.idem.pipeline.model.CrmDataset;

/**
 * The result of reading a CRM export folder.
 *
 * @param dataset accounts, products, agents and opportunities with resolved references
 * @param summary row counts and how often each data rule applied
 */
public record CrmImport(CrmDataset dataset, ImportSummary summary) {

    public CrmImport {
        requireNonNull(dataset, "dataset is null");
        requireNonNull(summary, "summary is null");
    }
}
