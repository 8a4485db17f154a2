/**
 * Home pages' "waiting for you" lists, from {@code home.application.TaskList}. The top of the
 * house: it reads the others and nothing reads it.
 */
package org.commissioning.marketplace.home.web;
