package org.sujarit.publication.site;

/**
 * One item of a year's OIT list: its code ("O25"), title and what the evidence must show, the kind
 * of evidence that supplies it (see {@link org.sujarit.publication.PublicEvidence}) and whether its wording was checked
 * against the ITA manual ("verified"), agrees with secondary sources quoting it ("corroborated", named in the
 * list's source) or is Sujarit's working wording ("unverified").
 */
public record OitItem(String code, String title, String requirement, String evidence, String wording) {}
