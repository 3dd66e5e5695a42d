package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.interchange.PlanInterchange.OrganizationInfo;

/** Every kind of local government, from the cover as LGOs write it, abbreviations included. */
class OrganizationKindsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "องค์การบริหารส่วนตำบลบึงปรือ อำเภอเทพารักษ์ จังหวัดนครราชสีมา | องค์การบริหารส่วนตำบลบึงปรือ | SAO | เทพารักษ์ | นครราชสีมา",
      "อบต.บึงปรือ อ.เทพารักษ์ จ.นครราชสีมา | องค์การบริหารส่วนตำบลบึงปรือ | SAO | เทพารักษ์ | นครราชสีมา",
      "ทต.หนองหาร อ.สันทราย จ.เชียงใหม่ | เทศบาลตำบลหนองหาร | SUBDISTRICT_MUNICIPALITY | สันทราย | เชียงใหม่",
      "ทม. บ้านไผ่ อำเภอบ้านไผ่ จังหวัดขอนแก่น | เทศบาลเมืองบ้านไผ่ | TOWN_MUNICIPALITY | บ้านไผ่ | ขอนแก่น",
      "ทน.อุดรธานี | เทศบาลนครอุดรธานี | CITY_MUNICIPALITY | | อุดรธานี",
      "อบจ.ลำปาง | องค์การบริหารส่วนจังหวัดลำปาง | PAO | | ลำปาง",
      "กรุงเทพมหานคร | กรุงเทพมหานคร | BANGKOK | | กรุงเทพมหานคร",
      "สำนักงานเขตบางรัก กรุงเทพมหานคร | สำนักงานเขตบางรัก | BANGKOK_UNIT | บางรัก | กรุงเทพมหานคร",
      "สำนักการโยธา กรุงเทพมหานคร | สำนักการโยธา กรุงเทพมหานคร | BANGKOK_UNIT | | กรุงเทพมหานคร",
      "เมืองพัทยา อำเภอบางละมุง จังหวัดชลบุรี | เมืองพัทยา | PATTAYA | บางละมุง | ชลบุรี"})
  void readsTheOrganizationFromTheCover(String cover, String name, String kind, String district, String province) throws IOException {
    String plan;
    try (InputStream in = getClass().getResourceAsStream("/importer/clean-plan.txt")) {
      plan = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String text = plan.replace("ขององค์การบริหารส่วนตำบลทดสอบดี\nอำเภอเมืองทดสอบ จังหวัดขอนแก่น", cover)
        .replace("องค์การบริหารส่วนตำบลทดสอบดี", "หน่วยงาน");

    OrganizationInfo org = PlanImporter.withBuiltInFrameworks().read("plan.txt", text.getBytes(StandardCharsets.UTF_8)).plan().organization();

    assertThat(org.name()).isEqualTo(name);
    assertThat(org.kind()).isEqualTo(kind);
    assertThat(org.district()).isEqualTo(district);
    assertThat(org.province()).isEqualTo(province);
  }
}
