/**
 * The journal's content: articles (translation groups), their editions per {@link org.tribune.content.Lang},
 * authors and topics, revisions and the glossary; their repositories; the {@link org.tribune.content.ContentStore}
 * that the services over them share; Traditional derivation; and {@link org.tribune.content.ContentService},
 * through which the site reads and imports write.
 */
package org.tribune.content;
