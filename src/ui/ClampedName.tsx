// A party's, issue's or stance's name as a header, chip or option shows it: a name as long as
// a paragraph (a 20,000-character party name made the page 317,000 px wide) is cut to a few
// lines by the .clamped-name style, and its title shows it whole on hover.

// Names up to the length a short name may have (40) are never cut in practice; longer ones
// carry their whole text in the title.
const TITLED_FROM = 41;

export function ClampedName({ name }: { name: string }) {
  return (
    <span className="clamped-name" title={name.length >= TITLED_FROM ? name : undefined}>
      {name}
    </span>
  );
}
