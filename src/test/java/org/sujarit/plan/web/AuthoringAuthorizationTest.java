package org.sujarit.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.library.catalogue.Library;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.PlanFixtures;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

/**
 * Every authoring endpoint refuses users of other organizations, and changes only for those who may
 * edit plans (PLANNER of the organization); reading pages stay open to the organization's members
 * and to oversight. The library is the system administrator's.
 */
@IntegrationTest
@Import(TestData.class)
class AuthoringAuthorizationTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;
  @Autowired Library library;

  record Endpoint(HttpMethod method, String path, String... params) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @Test
  void everyEndpointRefusesOtherOrganizationsAndRolesWithoutThePermission() throws Exception {
    String suffix = Long.toString(System.nanoTime() % 100000);
    TestData.Tenant own = data.tenant("az" + suffix, "ขอนแก่น");
    TestData.Tenant other = data.tenant("bz" + suffix, "ขอนแก่น");
    CurrentUser planner = own.member(Role.PLANNER);
    CurrentUser admin = data.account("sysadmin" + suffix, Role.SYSTEM_ADMIN, null);
    CurrentUser oversight = data.account("nacc" + suffix, Role.OVERSIGHT, "ขอนแก่น");
    Plan plan = data.draftPlan(own);
    PlanItem item = PlanFixtures.addItem(plans, planner, plan.id(), 1, 0, new ItemDraft(null, "2.2", null, "มาตรการ No Gift Policy", null, null, null, null));
    UUID entry = library.offeredFor("NACC_2566", "x").get(0).id();
    String org = "/organizations/" + own.organization().id();
    String base = "/plans/" + plan.id() + "/versions/1";
    String it = base + "/part2/items/" + item.id();

    List<Endpoint> reads = List.of(
        new Endpoint(HttpMethod.GET, base + "/part1"), new Endpoint(HttpMethod.GET, base + "/part1/view"),
        new Endpoint(HttpMethod.GET, base + "/part2"), new Endpoint(HttpMethod.GET, it + "/view"),
        new Endpoint(HttpMethod.GET, base + "/part3"), new Endpoint(HttpMethod.GET, base + "/part3/" + item.id()),
        new Endpoint(HttpMethod.GET, base + "/part3/" + item.id() + "/view"), new Endpoint(HttpMethod.GET, base + "/checklist"),
        new Endpoint(HttpMethod.GET, base + "/print/part2"), new Endpoint(HttpMethod.GET, base + "/print/sheets"),
        new Endpoint(HttpMethod.GET, base + "/revision"), new Endpoint(HttpMethod.GET, "/plans/" + plan.id() + "/compare"));
    List<Endpoint> edits = List.of(
        new Endpoint(HttpMethod.GET, org + "/plans/new"),
        new Endpoint(HttpMethod.GET, org + "/plans/new/entries", "frameworkCode", "NACC_2566"),
        new Endpoint(HttpMethod.POST, org + "/plans/new", "title", "แผน", "frameworkCode", "NACC_2566", "firstYear", "2566",
            "lastYear", "2570", "start", "EMPTY"),
        new Endpoint(HttpMethod.POST, base + "/part1/form", "op", "add:objectives"),
        new Endpoint(HttpMethod.PUT, base + "/part1", "revision", "1", "rationale", "เหตุผล"),
        new Endpoint(HttpMethod.POST, base + "/part2/items", "revision", "1", "missionCode", "1.1", "name", "โครงการ"),
        new Endpoint(HttpMethod.POST, base + "/part2/standard-items", "revision", "1", "entries", entry.toString()),
        new Endpoint(HttpMethod.GET, it + "/more"),
        new Endpoint(HttpMethod.PUT, it, "revision", "1", "name", "มาตรการใหม่"),
        new Endpoint(HttpMethod.PUT, it + "/budget/2566", "revision", "1", "amount", "1000"),
        new Endpoint(HttpMethod.POST, it + "/move", "revision", "1", "missionCode", "2.1", "position", "0"),
        new Endpoint(HttpMethod.POST, base + "/part3/" + item.id() + "/form", "op", "add:method"),
        new Endpoint(HttpMethod.PUT, base + "/part3/" + item.id(), "revision", "1", "principle", "หลักการ"),
        new Endpoint(HttpMethod.DELETE, it, "revision", "1"));
    List<Endpoint> libraryAdmin = List.of(
        new Endpoint(HttpMethod.GET, "/admin/library"), new Endpoint(HttpMethod.GET, "/admin/library/new"),
        new Endpoint(HttpMethod.GET, "/admin/library/" + entry),
        new Endpoint(HttpMethod.POST, "/admin/library", "name", "x", "kind", "MEASURE", "position", "1", "missions[NACC_2566]", "2.2"),
        new Endpoint(HttpMethod.POST, "/admin/library/" + UUID.randomUUID() + "/delete"));

    List<String> wrong = new ArrayList<>();
    // strangers: nothing at all
    for (CurrentUser stranger : other.all()) {
      for (Endpoint e : concat(reads, edits)) expect(wrong, stranger, e, 403);
    }
    // members without EDIT_PLAN, oversight and the system administrator read but do not change
    List<CurrentUser> readers = new ArrayList<>(own.all());
    readers.remove(planner);
    readers.add(oversight);
    readers.add(admin);
    for (CurrentUser reader : readers) {
      for (Endpoint e : reads) expectNot(wrong, reader, e, 403);
      for (Endpoint e : edits) expect(wrong, reader, e, 403);
    }
    // the library: only the system administrator
    for (CurrentUser u : List.of(planner, own.member(Role.ORG_ADMIN), oversight)) {
      for (Endpoint e : libraryAdmin) expect(wrong, u, e, 403);
    }
    for (Endpoint e : libraryAdmin) expectNot(wrong, admin, e, 403);
    // the planner may do it all (the delete last)
    for (Endpoint e : concat(reads, edits)) expectNot(wrong, planner, e, 403);
    assertThat(wrong).isEmpty();
  }

  private static List<Endpoint> concat(List<Endpoint> a, List<Endpoint> b) {
    List<Endpoint> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private int status(CurrentUser user, Endpoint e) throws Exception {
    var request = request(e.method(), e.path()).with(SignedIn.as(user)).with(csrf()).header("HX-Request", "true");
    for (int i = 0; i < e.params().length; i += 2) request.param(e.params()[i], e.params()[i + 1]);
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  private void expect(List<String> wrong, CurrentUser user, Endpoint e, int expected) throws Exception {
    int s = status(user, e);
    if (s != expected) wrong.add(user.username() + " " + e + " → " + s + " (expected " + expected + ")");
  }

  private void expectNot(List<String> wrong, CurrentUser user, Endpoint e, int refused) throws Exception {
    int s = status(user, e);
    if (s == refused || s >= 500) wrong.add(user.username() + " " + e + " → " + s);
  }
}
