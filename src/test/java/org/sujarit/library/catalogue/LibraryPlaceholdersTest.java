package org.sujarit.library.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sujarit.common.FiscalPeriod;

class LibraryPlaceholdersTest {
  @Test
  void fillsTheOrganizationAndThePlansYears() {
    Library.Placeholders fill = new Library.Placeholders("เทศบาลตำบลหนองบัว", FiscalPeriod.of(2566, 2570));
    assertThat(fill.apply("มาตรการของ{org} ปี {first}–{last}")).isEqualTo("มาตรการของเทศบาลตำบลหนองบัว ปี 2566–2570");
    assertThat(new Library.Placeholders("อบต.", null).apply("{org} {first}")).isEqualTo("อบต. {first}");
    assertThat(fill.apply(null)).isNull();
  }
}
