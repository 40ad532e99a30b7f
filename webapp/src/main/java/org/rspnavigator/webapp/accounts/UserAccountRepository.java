package org.rspnavigator.webapp.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    List<UserAccount> findByOrganizationOrderByUsername(Organization organization);

    List<UserAccount> findAllByOrderByUsername();
}
