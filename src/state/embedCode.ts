// The iframe code of an embed, for the Embed dialog (loaded with it, not with the first view).
import { withEmbed, withoutEmbed } from "./embedUrl";

// Returns the HTML a host page pastes to embed `href` (made an embed here), titled for screen
// readers, which announce an iframe by its title.
export function embedCode(href: string, title: string): string {
  const full = new URL(withoutEmbed(href));
  full.search = withEmbed(full.search);
  return `<iframe src="${escapeAttribute(full.href)}" title="${escapeAttribute(title)}" width="100%" height="640" style="border: 0" loading="lazy"></iframe>`;
}

function escapeAttribute(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll('"', "&quot;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}
