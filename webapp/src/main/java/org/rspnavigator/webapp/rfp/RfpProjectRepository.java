package org.rspnavigator.webapp.rfp;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RfpProjectRepository extends JpaRepository<RfpProject, Long> {

    List<RfpProject> findByOrganizationIdOrderByNameAscIdAsc(Long organizationId);

    Optional<RfpProject> findByIdAndOrganizationId(Long id, Long organizationId);
}
