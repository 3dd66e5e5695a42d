package org.sujarit.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML and markdown fragments that converters leave in plan text, and how to take them out. */
public final class Markup {
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp)://[^<>\\s]{1,500})>");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\\s[^<>]{0,500})?/?>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,5}|amp|lt|gt|quot|apos|nbsp);");
  private static final Pattern SUPERSCRIPT = Pattern.compile("\\^\\{([^{}]{0,500})\\}|\\^(?=\\()");
  private static final Pattern HEADING_MARK = Pattern.compile("^\\s*#{1,6}(\\s+|$)");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-•▪●○◦*]\\s+(?=\\S)");
  private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\s*\\(?" + ThaiText.D + "{1,2}[.)]");
  private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

  private Markup() {}

  /** True when the text holds a tag, an entity or markdown emphasis that {@link #strip} would remove. */
  public static boolean present(String s) {
    return s.indexOf('<') >= 0 && (TAG.matcher(s).find() || AUTOLINK.matcher(s).find())
        || s.indexOf('&') >= 0 && ENTITY.matcher(s).find()
        || s.contains("**") || s.contains("^{") || s.contains("^(") || s.indexOf('#') >= 0 && HEADING_MARK.matcher(s).find();
  }

  /** Text without tags, entities, emphasis, superscript marks and heading marks; tags become spaces. */
  public static String strip(String s) {
    String t = s;
    if (t.indexOf('<') >= 0) {
      t = AUTOLINK.matcher(t).replaceAll("$1");
      t = TAG.matcher(t).replaceAll(" ");
    }
    if (t.indexOf('&') >= 0) t = decodeEntities(t);
    if (t.indexOf('^') >= 0) t = SUPERSCRIPT.matcher(t).replaceAll("$1");
    if (t.contains("**")) t = t.replace("**", "");
    return t.indexOf('#') >= 0 ? HEADING_MARK.matcher(t).replaceFirst("") : t;
  }

  /** A list bullet ("- ", "• ") at the start of a prose line is layout, not content. */
  public static String withoutBullet(String s) {
    String t = s.stripLeading();
    return t.isEmpty() || "-•▪●○◦*".indexOf(t.charAt(0)) < 0 ? s : BULLET.matcher(s).replaceFirst("");
  }

  /**
   * Converters write bold headings as "**2. หลักการ**" and sometimes glue them to the line before:
   * the line is cut wherever a bold run starts a numbered heading.
   */
  public static List<String> splitBoldHeadings(String line) {
    if (!line.contains("**")) return List.of(line);
    String[] parts = line.split("\\*\\*", -1);
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      if (NUMBERED_HEADING.matcher(parts[i]).find() && !current.toString().isBlank()) {
        out.add(current.toString());
        current.setLength(0);
      }
      current.append(parts[i]);
    }
    out.add(current.toString());
    return out;
  }

  /** The cells of a markdown table row "| a | b |", or null when the line is not one. */
  public static List<String> markdownCells(String line) {
    String t = line.strip();
    if (t.length() < 2 || t.charAt(0) != '|' || t.charAt(t.length() - 1) != '|') return null;
    String[] parts = t.substring(1, t.length() - 1).split("\\|", -1);
    List<String> cells = new ArrayList<>(parts.length);
    for (String p : parts) cells.add(p.strip());
    return cells;
  }

  public static boolean isTableSeparator(String line) {
    return line.indexOf('-') >= 0 && TABLE_SEPARATOR.matcher(line).matches();
  }

  private static String decodeEntities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r = switch (e) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        case "nbsp" -> " ";
        default -> {
          int cp = e.charAt(1) == 'x' || e.charAt(1) == 'X' ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
          yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
        }
      };
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
