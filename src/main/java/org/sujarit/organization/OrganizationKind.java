package org.sujarit.organization;

import org.sujarit.common.Codes;

/** The kinds of local government organization the law knows. */
public enum OrganizationKind {
  /** องค์การบริหารส่วนตำบล (อบต.) */
  SAO,
  /** เทศบาลตำบล */
  SUBDISTRICT_MUNICIPALITY,
  /** เทศบาลเมือง */
  TOWN_MUNICIPALITY,
  /** เทศบาลนคร */
  CITY_MUNICIPALITY,
  /** องค์การบริหารส่วนจังหวัด (อบจ.) */
  PAO,
  /** กรุงเทพมหานคร */
  BANGKOK,
  /** สำนักงานเขต / สำนัก ของกรุงเทพมหานคร */
  BANGKOK_UNIT,
  /** เมืองพัทยา */
  PATTAYA,
  OTHER;

  public String messageKey() {
    return "org.kind." + name();
  }

  /** Reads a kind code, falling back to OTHER for unknown text (e.g. from an imported file). */
  public static OrganizationKind parse(String code) {
    return Codes.parse(OrganizationKind.class, code, OTHER);
  }
}
