// A link to a URL that came from data: rendered only for http(s) URLs, opened in a new tab with
// no opener and no referrer; anything else shows its text unlinked (SECURITY.md).
import type { ReactNode } from "react";
import { EXTERNAL_LINK_REL, safeHttpUrl } from "../domain/safeLink";

interface ExternalLinkProps {
  url: string | null | undefined;
  children: ReactNode;
  // How the text shows when there is no safe URL: as a cited title, or as plain text.
  unlinked?: "cite" | "text";
}

export function ExternalLink({ url, children, unlinked = "cite" }: ExternalLinkProps) {
  const href = safeHttpUrl(url);
  if (href)
    return (
      <a href={href} target="_blank" rel={EXTERNAL_LINK_REL}>
        {children}
      </a>
    );
  return unlinked === "cite" ? <cite>{children}</cite> : children;
}
