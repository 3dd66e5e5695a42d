package org.sujarit.risk.nogift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sujarit.common.Baht;

/**
 * The NACC limit on gifts received under the ethics rules: at most 3,000 baht from one giver on one
 * occasion (ประกาศคณะกรรมการ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา).
 * Above it the gift must be reported and handed over; the register warns rather than refuses.
 */
public final class GiftLimit {
  public static final Baht LIMIT = Baht.of(3000);

  private GiftLimit() {}

  /** One giver and occasion over the limit: the gifts concerned and their total. */
  public record Excess(String giver, String occasion, Baht total, List<Gift> gifts) {}

  /** The (giver, occasion) groups of gifts received whose total exceeds the limit. */
  public static List<Excess> excesses(List<Gift> gifts) {
    Map<String, List<Gift>> groups = new LinkedHashMap<>();
    for (Gift g : gifts) {
      if (g.direction() != GiftDirection.RECEIVED) continue;
      groups.computeIfAbsent(key(g.giver()) + "\u0000" + key(g.occasion()), k -> new ArrayList<>()).add(g);
    }
    List<Excess> out = new ArrayList<>();
    for (List<Gift> group : groups.values()) {
      Baht total = group.stream().map(Gift::value).reduce(Baht.ZERO, Baht::plus);
      if (total.compareTo(LIMIT) > 0) out.add(new Excess(group.get(0).giver(), group.get(0).occasion(), total, List.copyOf(group)));
    }
    return out;
  }

  /** Would the gift, with those already registered, put its giver and occasion over the limit? */
  public static boolean exceeds(Gift gift, List<Gift> registered) {
    List<Gift> all = new ArrayList<>(registered);
    all.removeIf(g -> g.id().equals(gift.id()));
    all.add(gift);
    return excesses(all).stream().anyMatch(e -> e.gifts().contains(gift));
  }

  public static Baht totalReceived(List<Gift> gifts) {
    return gifts.stream().filter(g -> g.direction() == GiftDirection.RECEIVED).map(Gift::value).reduce(Baht.ZERO, Baht::plus);
  }

  // the same giver typed twice with different spacing or case is one giver
  private static String key(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

}
