package org.sujarit.account;

import java.security.SecureRandom;
import org.sujarit.common.RuleViolation;

/** Rules for passwords people choose, and generation of temporary ones. */
public final class Passwords {
  static final int MIN_LENGTH = 10;
  static final int MAX_LENGTH = 128;
  // no 0/O, 1/l/I: temporary passwords are read aloud over the phone
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  static void check(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH) throw RuleViolation.field("password", "password.too-short", MIN_LENGTH);
    if (password.length() > MAX_LENGTH) throw RuleViolation.field("password", "password.too-long", MAX_LENGTH);
    if (username != null && password.toLowerCase().contains(username.toLowerCase()))
      throw RuleViolation.field("password", "password.contains-username");
    if (password.chars().distinct().count() < 5) throw RuleViolation.field("password", "password.too-simple");
  }

  /** A temporary password to hand over in person (also the initial administrator's). */
  public static String temporary() {
    StringBuilder sb = new StringBuilder(14);
    for (int i = 0; i < 14; i++) {
      if (i > 0 && i % 5 == 4) sb.append('-');
      else sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
