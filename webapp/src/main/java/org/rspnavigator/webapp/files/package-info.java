/** Helpers for the files the application hands out. */
package org.rspnavigator.webapp.files;
