/**
 * Home pages' "needs you" lists: what waits for the signed-in person across tendering, needs and
 * call-offs, gathered from each capability's own tasks. The top of the house: it reads the others
 * and nothing reads it.
 */
package org.commissioning.marketplace.home.web;
