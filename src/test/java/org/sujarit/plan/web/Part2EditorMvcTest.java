package org.sujarit.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.PlanItem;

class Part2EditorMvcTest extends EditorFixture {
  String itemUrl() {
    return "/plans/" + plan.id() + "/versions/1/part2/items/" + item.id();
  }

  PlanItem stored() {
    return plans.get(planner, plan.id()).item(item.id());
  }

  String budget(int year, String amount) throws Exception {
    return mvc.perform(as(put(itemUrl() + "/budget/" + year)).param("revision", rev()).param("amount", amount))
        .andReturn().getResponse().getContentAsString();
  }

  @Test
  void readsBudgetsAsPeopleTypeThemAndAnswersWithTheTotalsTheServerComputed() throws Exception {
    assertThat(budget(2566, "1,000")).contains("id=\"tot-g\"").contains("1,000").contains("id=\"plan-rev\"");
    assertThat(budget(2567, "๒,๕๐๐")).contains("2,500");
    budget(2568, "-");
    budget(2569, "");
    assertThat(stored().budget().amounts()).containsEntry(FiscalYear.of(2566), Baht.of(1000))
        .containsEntry(FiscalYear.of(2567), Baht.of(2500)).containsEntry(FiscalYear.of(2568), Baht.ZERO)
        .doesNotContainKey(FiscalYear.of(2569));
  }

  @Test
  void refusesAnAmountThatIsNotOneInThaiAndKeepsTheRest() throws Exception {
    budget(2566, "1000");
    mvc.perform(as(put(itemUrl() + "/budget/2567")).param("revision", rev()).param("amount", "abc"))
        .andExpect(status().isUnprocessableContent()).andExpect(content().string(org.hamcrest.Matchers.containsString("ไม่ใช่จำนวนเงิน")));
    mvc.perform(as(put(itemUrl() + "/budget/2567")).param("revision", rev()).param("amount", "-5"))
        .andExpect(status().isUnprocessableContent());
    assertThat(stored().budget().amounts()).containsOnlyKeys(FiscalYear.of(2566));
  }

  @Test
  void aChangeBasedOnAnOldRevisionIsAConflictInThai() throws Exception {
    budget(2566, "1000");
    mvc.perform(as(put(itemUrl() + "/budget/2567")).param("revision", "1").param("amount", "5"))
        .andExpect(status().isConflict()).andExpect(content().string(org.hamcrest.Matchers.containsString("ถูกแก้ไขโดยผู้อื่น")));
  }

  @Test
  void changesOnlyTheFieldsSentOfARow() throws Exception {
    budget(2566, "1000");
    mvc.perform(as(put(itemUrl())).param("revision", rev()).param("unitsSent", "true")
            .param("units", tenant.unit().id().toString()))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("กองคลัง")));
    mvc.perform(as(put(itemUrl())).param("revision", rev()).param("quartersSent", "true")
        .param("quarters", "2566:1", "2566:3")).andExpect(status().isOk());
    mvc.perform(as(put(itemUrl())).param("revision", rev()).param("kind", "ACTIVITY").param("name", "กิจกรรมใหม่"))
        .andExpect(status().isOk());
    PlanItem now = stored();
    assertThat(now.name()).isEqualTo("กิจกรรมใหม่");
    assertThat(now.kind()).isEqualTo(ItemKind.ACTIVITY);
    assertThat(now.responsibleUnits()).containsExactly(tenant.unit().id());
    assertThat(now.quartersIn(FiscalYear.of(2566))).containsExactlyInAnyOrder(FiscalQuarter.Q1, FiscalQuarter.Q3);
    assertThat(now.budget().in(FiscalYear.of(2566))).contains(Baht.of(1000));
    mvc.perform(as(put(itemUrl())).param("revision", rev()).param("name", " "))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void addsMovesAndRemovesItemsAnsweringWithTheGrid() throws Exception {
    String base = "/plans/" + plan.id() + "/versions/1/part2";
    mvc.perform(as(post(base + "/items")).param("revision", rev()).param("missionCode", "2.2")
            .param("name", "กิจกรรมการใช้บัตรคิว"))
        .andExpect(status().isOk()).andExpect(header().string("HX-Retarget", "#grid"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("กิจกรรมการใช้บัตรคิว")));
    mvc.perform(as(post(base + "/items")).param("revision", rev()).param("missionCode", "2.2").param("name", ""))
        .andExpect(status().isUnprocessableContent());
    mvc.perform(as(post(itemUrl() + "/move")).param("revision", rev()).param("missionCode", "2.2")
        .param("position", "1")).andExpect(status().isOk());
    assertThat(plans.get(planner, plan.id()).items()).extracting(PlanItem::name).containsExactly("กิจกรรมการใช้บัตรคิว", "มาตรการ No Gift Policy");
    mvc.perform(as(post(itemUrl() + "/move")).param("revision", rev()).param("missionCode", "2.3")
        .param("position", "0")).andExpect(status().isOk());
    assertThat(stored().missionCode()).isEqualTo("2.3");
    mvc.perform(as(delete(itemUrl())).param("revision", rev())).andExpect(status().isOk());
    assertThat(plans.get(planner, plan.id()).items()).extracting(PlanItem::name).containsExactly("กิจกรรมการใช้บัตรคิว");
  }

  @Test
  void addsLibraryEntriesWithTheirDetailSheetsWordedForTheOrganization() throws Exception {
    var entries = mvc.perform(as(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
        "/organizations/" + tenant.organization().id() + "/plans/new/entries")).param("frameworkCode", "NACC_2566")).andReturn();
    String html = entries.getResponse().getContentAsString();
    String id = html.replaceAll("(?s).*name=\"entries\" value=\"([0-9a-f-]{36})\".*", "$1");
    mvc.perform(as(post("/plans/" + plan.id() + "/versions/1/part2/standard-items")).param("revision", rev())
        .param("entries", id)).andExpect(status().isOk());
    PlanItem added = plans.get(planner, plan.id()).items().stream().filter(i -> !i.id().equals(item.id())).findFirst().orElseThrow();
    assertThat(added.hasDetails()).isTrue();
    assertThat(added.details().duration()).isEqualTo("ปีงบประมาณ พ.ศ. 2566–2570");
    assertThat(added.name() + added.details().targetGroup() + added.details().area()).doesNotContain("{org}");
  }
}
