package org.rspnavigator.webapp.products;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductRepository extends JpaRepository<Product, Long> {

    /** The organization's own products and everyone's published ones. */
    @Query("select p from Product p where p.organization.id = :organizationId or p.published = true "
            + "order by p.name, p.productVersion, p.id")
    List<Product> visibleTo(@Param("organizationId") Long organizationId);

    List<Product> findByOrganizationIdOrderByNameAscIdAsc(Long organizationId);
}
