package org.rspnavigator.webapp.shortlists;

import java.util.List;
import java.util.Optional;

import org.rspnavigator.webapp.accounts.Organization;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShortlistRepository extends JpaRepository<Shortlist, Long> {

    List<Shortlist> findByOrganizationOrderByNameAsc(Organization organization);

    List<Shortlist> findByOrganizationIdOrderByNameAsc(long organizationId);

    Optional<Shortlist> findByIdAndOrganizationId(Long id, Long organizationId);
}
