/** Helpers for the files the application hands out and the files users send. */
package org.rspnavigator.webapp.files;
