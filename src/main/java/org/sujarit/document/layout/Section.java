package org.sujarit.document.layout;

import java.util.List;

/** A run of pages with one orientation; every section starts on a new page. */
public record Section(PageSetup page, PageNumbers numbers, List<Block> blocks) {

  public enum PageNumbers {
    /** The cover: no number. */
    NONE,
    /** Front matter numbered with Thai letters ก ข ค, from ก. */
    LETTERS,
    /** The body numbered from 1. */
    FROM_ONE,
    /** Numbered from 1, the number shown from the second page on, as on a Thai official letter or report. */
    FROM_SECOND_PAGE,
    /** Continues the body's numbers. */
    CONTINUED
  }
}
