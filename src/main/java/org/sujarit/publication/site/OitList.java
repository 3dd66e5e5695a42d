package org.sujarit.publication.site;

import java.util.List;
import java.util.Optional;

/**
 * The OIT item list of one ITA year, as its data file states it: {@code complete} is false when the
 * file lists only some items of the year (then {@code note} says which are missing), {@code source}
 * where the numbering and wording come from.
 */
public record OitList(String assessment, int fiscalYear, String source, boolean complete, String note, List<OitItem> items) {

  public OitList {
    items = items == null ? List.of() : List.copyOf(items);
  }

  public Optional<OitItem> item(String code) {
    return items.stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst();
  }
}
