package org.sujarit.publication.embed;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.common.RuleViolation;

/**
 * The organization's own website as a web origin ({@code https://www.example.go.th}): the only site
 * allowed to frame its embeddable public pages. It goes into a response header, so nothing but a
 * scheme, a checked host name and a port survives parsing.
 */
public record SiteOrigin(String value) {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern AUTHORITY = Pattern.compile("([^:@\\[\\]]+)(?::(\\d{1,5}))?");
  private static final int MAX = 200;

  public SiteOrigin {
    if (value == null || !value.equals(normalize(value))) throw new IllegalArgumentException(value);
  }

  /**
   * Accepts what an officer pastes: the address of any page of the site ({@code
   * https://www.example.go.th/index.php?page=ita}) or a bare host name, Thai domain names included.
   *
   * @throws RuleViolation {@code embed.site.invalid} on the field {@code site}
   */
  public static SiteOrigin parse(String typed) {
    return new SiteOrigin(normalize(typed));
  }

  private static String normalize(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty() || text.length() > MAX || text.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '\'' || c == ';' || c == ',')) {
      throw invalid();
    }
    if (!text.contains("://")) text = "https://" + text;
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw invalid();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) throw invalid();
    // the raw authority, because java.net.URI leaves a Thai host name out of getHost()
    Matcher authority = AUTHORITY.matcher(uri.getRawAuthority() == null ? "" : uri.getRawAuthority());
    if (!authority.matches()) throw invalid();
    String host = host(authority.group(1));
    int port = authority.group(2) == null ? -1 : Integer.parseInt(authority.group(2));
    if (port == 0 || port > 65535) throw invalid();
    return scheme + "://" + host + (port == -1 || port == (scheme.equals("https") ? 443 : 80) ? "" : ":" + port);
  }

  private static String host(String typed) {
    String ascii;
    try {
      ascii = IDN.toASCII(typed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (ascii.endsWith(".")) ascii = ascii.substring(0, ascii.length() - 1);
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2 && !ascii.equals("localhost")) throw invalid();
    for (String label : labels) if (!LABEL.matcher(label).matches()) throw invalid();
    return ascii;
  }

  private static RuleViolation invalid() {
    return RuleViolation.field("site", "embed.site.invalid");
  }

  @Override
  public String toString() {
    return value;
  }
}
