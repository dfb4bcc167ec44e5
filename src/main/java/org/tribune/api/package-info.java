/**
 * The REST API under {@code /api/v1}: published articles with their editions for anyone (cursor
 * paging, ETags), writes for callers holding an API token scoped to a role, validation errors as
 * RFC 9457 problem documents, and the OpenAPI 3.1 document that describes it all.
 */
package org.tribune.api;
