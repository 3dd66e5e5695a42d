package org.sujarit.oversight.figures;

/**
 * One of the 77 provinces: DOPA code, Thai name (as organizations store it), English name and region.
 */
public record Province(String code, String name, String nameEn, Region region) {

  /** The six regions of the official classification. */
  public enum Region {
    N, NE, C, E, W, S;

    public String messageKey() {
      return "oversight.region." + name();
    }
  }
}
