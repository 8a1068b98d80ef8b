package org.openanolis.governance.system;

import java.util.List;

/**
 * The style attributes that bpmn-js 8's viewer (the case page's process diagram) writes into markup it parses:
 * its overlay containers, the bpmn.io logo and the lightbox behind it (whose license asks that the logo stay),
 * and the hidden helper SVG that measures label text. The library offers no way around them, so the policy allows
 * exactly these values as style attributes ({@code style-src-attr 'unsafe-hashes'} with their SHA-256) and
 * nothing else: no inline style element, no other attribute value, and script-src stays {@code 'self'}.
 * A browser that does not know {@code style-src-attr} falls back to {@code style-src 'self'} and only loses
 * the logo's placement. Recompute the hashes when the WebJar's version changes (the browser test fails then).
 */
final class BpmnViewerStyles {

    static final List<String> HASHES = List.of(
            // position: absolute (overlays)
            "'sha256-HrvAPhJHDMpEBcplBvvwyxAYUF0koC1/uv7HLEC0aqg='",
            // position: absolute; width: 0; height: 0; (the overlay container)
            "'sha256-AHtqGIKHiUalONG+xeO90E9yUgWLoWuygINiCuiaBnA='",
            // the logo's link: position: absolute; bottom: 15px; right: 15px; z-index: 100; color: #404040
            "'sha256-j2t/iYgmiK/9tDIa+YLs3dUK18D+PDjuKi+KxuYXU/w='",
            // vertical-align:middle (the logo's image)
            "'sha256-CA/eh4+2R0J7cEQ14gBMtx834RIOjzMUqCM+evtrkp4='",
            // visibility: hidden; position: fixed (the helper SVG measuring labels)
            "'sha256-F1/lIJB2HC2RT+RPHwCjlrUMGQft2PdUC4nHeQ7MKsc='",
            // the lightbox shown when the logo is clicked: its frame, backdrop, notice and link
            "'sha256-JpvvTIK7ulxf/3oA+AUuVbO9Labs8npGWGm9X9nGIWw='",
            "'sha256-9OIpRRx0bq4t4s2zyqbocMNwedniLDaxLB+FlLIjNgM='",
            "'sha256-GAdrtwahSjGXI0UQQnfyEVtPn+wfgQxvyrjyQuByfuU='",
            "'sha256-OiHWqvo9dpVH2ZTYJl3A+IJzE/VCEoC16CMSpFs+v0E='");

    private BpmnViewerStyles() {
    }
}
