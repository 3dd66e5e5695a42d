package org.sujarit.oversight;

/**
 * One of the 77 provinces: DOPA code, Thai name (as organizations store it), English name, region and
 * its tile on the schematic map.
 */
public record Province(String code, String name, String nameEn, Region region, int column, int row) {

  /** The six regions of the official classification. */
  public enum Region {
    N, NE, C, E, W, S;

    public String messageKey() {
      return "oversight.region." + name();
    }
  }
}
