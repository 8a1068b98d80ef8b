/** The portal's shared pages (home with the directories, sign-in) and what every page template uses. */
package org.openanolis.governance.portal;
