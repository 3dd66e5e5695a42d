package org.sujarit.publication;

import org.springframework.stereotype.Service;
import org.sujarit.common.NotFoundException;
import org.sujarit.organization.Organization;
import org.sujarit.organization.Organizations;

/**
 * The organization a public link {@code /o/{code}/…} names. Every module with public pages resolves
 * the code here, so that a former code redirects the same way on all of them.
 */
@Service
public class PublicOrganizations {
  private static final int MAX_CODE = 20;
  private final Organizations organizations;

  PublicOrganizations(Organizations organizations) {
    this.organizations = organizations;
  }

  /**
   * @throws NotFoundException for an unknown code (the Thai 404 page)
   * @throws OrganizationMoved for a former code (a permanent redirect to the same page under the current one)
   */
  public Organization resolve(String code) {
    if (code == null || code.length() > MAX_CODE) throw new NotFoundException("public.org.not-found");
    Organization org = organizations.findByCode(code).orElseThrow(() -> new NotFoundException("public.org.not-found"));
    if (!org.code().equals(code)) throw new OrganizationMoved(org.code());
    return org;
  }

  /**
   * A public page asked for under a former code: it moved for good to the same page under {@code code}.
   * It passes through the pages' controllers of every module to the redirect of {@code publication.web}.
   */
  public static final class OrganizationMoved extends RuntimeException {
    private final String code;

    private OrganizationMoved(String code) {
      super(null, null, false, false);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }
}
