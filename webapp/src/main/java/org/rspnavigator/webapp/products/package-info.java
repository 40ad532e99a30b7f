/**
 * Vendors' products and their IHE Integration Statements: kept per vendor organization, checked
 * against the catalog, published for buyers to read, and compared with what an RFP asks for; the
 * {@code /products} endpoints. The views are in {@code products.view}.
 */
package org.rspnavigator.webapp.products;
