package org.rspnavigator.webapp.products;

/** The product scenarios on the embedded H2 database. */
class ProductsOnH2Test extends ProductScenarios {
}
