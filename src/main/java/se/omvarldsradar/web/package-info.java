/** The web layer: Thymeleaf pages and the JSON API over the other modules. Controllers only. */
package se.omvarldsradar.web;
