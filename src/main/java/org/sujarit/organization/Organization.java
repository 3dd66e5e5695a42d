package org.sujarit.organization;

import org.sujarit.access.OrganizationScope;

/**
 * A local government organization; {@code parentId} links a Bangkok district to Bangkok, for example.
 * {@code code} is its public code: the DLA's 7-digit LGO code where known, else one Sujarit assigned
 * ({@code S000001}); null only before it is stored.
 */
public record Organization(
    OrganizationId id, String name, OrganizationKind kind, String province, String district, OrganizationId parentId,
    String code) {

  public Organization {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("organization name");
    name = name.strip();
  }

  /** An organization not stored yet: the database assigns its code. */
  public Organization(OrganizationId id, String name, OrganizationKind kind, String province, String district, OrganizationId parentId) {
    this(id, name, kind, province, district, parentId, null);
  }

  /** The DLA's LGO code: seven digits. */
  public static boolean isDlaCode(String code) {
    return code != null && code.matches("[0-9]{7}");
  }

  /**
   * The title of the organization's chief executive as official documents write it under the
   * signature: "นายกองค์การบริหารส่วนตำบลบึงปรือ", "นายกเทศมนตรีนครสมุทรปราการ".
   */
  public String executiveTitle() {
    return switch (kind) {
      case SAO, PAO -> "นายก" + name;
      case SUBDISTRICT_MUNICIPALITY, TOWN_MUNICIPALITY, CITY_MUNICIPALITY -> "นายกเทศมนตรี" + name.replaceFirst("^เทศบาล", "");
      case BANGKOK -> "ผู้ว่าราชการกรุงเทพมหานคร";
      case BANGKOK_UNIT -> "ผู้อำนวยการ" + name;
      case PATTAYA -> "นายกเมืองพัทยา";
      case OTHER -> "ผู้บริหาร" + name;
    };
  }

  public OrganizationScope scope() {
    return new OrganizationScope(id.value(), province);
  }
}
