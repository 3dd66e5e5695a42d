package org.sujarit.importer.recognize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.interchange.PlanInterchange.OrganizationInfo;

/**
 * The local government the plan belongs to: the organization name that stands most often as a whole
 * word (Thai has no spaces, so only occurrences followed by a space, punctuation or the line end count),
 * the title page weighing most; kind from its prefix; district and province from the title page, or
 * the province from the name itself when the name is a province's.
 */
final class OrganizationRecognizer {
  private static final List<String[]> KINDS = List.of(
      new String[] {"องค์การบริหารส่วนตำบล", "SAO"},
      new String[] {"องค์การบริหารส่วนจังหวัด", "PAO"},
      new String[] {"เทศบาลตำบล", "SUBDISTRICT_MUNICIPALITY"},
      new String[] {"เทศบาลเมือง", "TOWN_MUNICIPALITY"},
      new String[] {"เทศบาลนคร", "CITY_MUNICIPALITY"},
      new String[] {"สำนักงานเขต", "BANGKOK_UNIT"});
  private static final Pattern ORG = Pattern.compile("(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|สำนักงานเขต) ?([\u0E01-\u0E4E]{2,40})");
  private static final Pattern WHOLE = Pattern.compile("(กรุงเทพมหานคร|เมืองพัทยา)");
  /** A Bangkok office: "สำนักการโยธา กรุงเทพมหานคร", "สำนักปลัดกรุงเทพมหานคร" (districts are สำนักงานเขต…). */
  private static final Pattern BANGKOK_OFFICE = Pattern.compile("(สำนัก(?!งานเขต)[\u0E01-\u0E4E]{2,40}?) ?กรุงเทพมหานคร");
  private static final Pattern DISTRICT = Pattern.compile("(?:อำเภอ|(?<![\u0E01-\u0E2E])อ\\. ?|เขต) ?([\u0E01-\u0E4E]{2,30})");
  private static final Pattern PROVINCE = Pattern.compile("(?:จังหวัด|(?<![\u0E01-\u0E2E])จ\\. ?) ?([\u0E01-\u0E4E]{2,30})");
  /** The abbreviations of the kinds of organization, as written on covers and in running text. */
  private static final String[][] ABBREVIATIONS = {
      {"อบต.", "องค์การบริหารส่วนตำบล"}, {"อบจ.", "องค์การบริหารส่วนจังหวัด"}, {"ทต.", "เทศบาลตำบล"},
      {"ทม.", "เทศบาลเมือง"}, {"ทน.", "เทศบาลนคร"}, {"กทม.", "กรุงเทพมหานคร"}};
  private static final int TITLE_LINES = 40;
  private static final Set<String> PROVINCES = Set.of(("กระบี่ กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี ชัยนาท ชัยภูมิ ชุมพร"
      + " เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา นครศรีธรรมราช นครสวรรค์ นนทบุรี นราธิวาส น่าน"
      + " บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์ ปราจีนบุรี ปัตตานี พระนครศรีอยุธยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์"
      + " แพร่ พะเยา ภูเก็ต มหาสารคาม มุกดาหาร แม่ฮ่องสอน ยะลา ยโสธร ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง ลำพูน เลย ศรีสะเกษ"
      + " สกลนคร สงขลา สตูล สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี สิงห์บุรี สุโขทัย สุพรรณบุรี สุราษฎร์ธานี สุรินทร์"
      + " หนองคาย หนองบัวลำภู อ่างทอง อุดรธานี อุทัยธานี อุตรดิตถ์ อุบลราชธานี อำนาจเจริญ").split(" "));

  private OrganizationRecognizer() {}

  static OrganizationInfo recognize(SourceDocument doc) {
    Map<String, Integer> votes = new HashMap<>();
    Map<String, Integer> firstIndex = new HashMap<>();
    int nonBlank = 0;
    for (int i = 0; i < doc.size(); i++) {
      SourceLine line = doc.get(i);
      if (line.isBlank()) continue;
      nonBlank++;
      int weight = nonBlank <= TITLE_LINES ? 5 : 1;
      String t = expand(line.text());
      if (!t.contains("เทศบาล") && !t.contains("องค์การบริหาร") && !t.contains("สำนักงานเขต") && !t.contains("กรุงเทพ") && !t.contains("พัทยา")) continue;
      Matcher m = ORG.matcher(t);
      while (m.find()) {
        int end = m.end();
        boolean whole = end == t.length() || !Character.isLetter(t.charAt(end)) && !isThaiMark(t.charAt(end));
        if (!whole) continue;
        String name = m.group(1) + m.group(2);
        votes.merge(name, weight, Integer::sum);
        firstIndex.putIfAbsent(name, i);
      }
      Matcher office = BANGKOK_OFFICE.matcher(t);
      while (office.find()) {
        String name = office.group(1) + " กรุงเทพมหานคร";
        votes.merge(name, weight + 1, Integer::sum);
        firstIndex.putIfAbsent(name, i);
      }
      Matcher w = WHOLE.matcher(t);
      while (w.find()) {
        votes.merge(w.group(1), 1, Integer::sum);
        firstIndex.putIfAbsent(w.group(1), i);
      }
    }
    String name = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    if (name == null) return null;
    String kind = kind(name);
    int at = firstIndex.get(name);
    String district = near(doc, at, DISTRICT);
    String province = near(doc, at, PROVINCE);
    if (province == null) province = provinceInName(name);
    if (province == null && (kind.startsWith("BANGKOK"))) province = "กรุงเทพมหานคร";
    if (kind.equals("PATTAYA") && province == null) province = "ชลบุรี";
    return new OrganizationInfo(name, kind, district, province);
  }

  /** "อบต.บึงปรือ" → "องค์การบริหารส่วนตำบลบึงปรือ"; an abbreviation inside a Thai word is left alone. */
  static String expand(String t) {
    if (t.indexOf('.') < 0) return t;
    String out = t;
    for (String[] a : ABBREVIATIONS) {
      int at = out.indexOf(a[0]);
      while (at >= 0) {
        boolean starts = at == 0 || !Character.isLetter(out.charAt(at - 1)) && !isThaiMark(out.charAt(at - 1));
        int end = at + a[0].length();
        while (starts && end < out.length() && out.charAt(end) == ' ' && a[1].length() > 0 && !a[1].equals("กรุงเทพมหานคร")) end++;
        if (starts) out = out.substring(0, at) + a[1] + out.substring(end);
        at = out.indexOf(a[0], at + (starts ? a[1].length() : 1));
      }
    }
    return out;
  }

  private static boolean isThaiMark(char c) {
    return c >= '\u0E30' && c <= '\u0E4E';
  }

  static String kind(String name) {
    if (name.equals("กรุงเทพมหานคร")) return "BANGKOK";
    if (name.startsWith("สำนัก") && name.endsWith("กรุงเทพมหานคร")) return "BANGKOK_UNIT";
    if (name.equals("เมืองพัทยา")) return "PATTAYA";
    for (String[] k : KINDS) {
      if (name.startsWith(k[0])) return k[1];
    }
    return "OTHER";
  }

  /** District or province stated on the organization's line or the few lines after it. */
  private static String near(SourceDocument doc, int index, Pattern p) {
    for (int i = index; i < Math.min(doc.size(), index + 4); i++) {
      Matcher m = p.matcher(doc.get(i).text());
      if (m.find()) return m.group(1);
    }
    return null;
  }

  private static String provinceInName(String name) {
    for (String[] k : KINDS) {
      if (name.startsWith(k[0]) && PROVINCES.contains(name.substring(k[0].length()))) return name.substring(k[0].length());
    }
    return null;
  }
}
