package org.openanolis.governance.cases.web;

/** The body of {@code POST /api/{collection}/{id}/comments}. */
record CommentRequest(String text) {
}
