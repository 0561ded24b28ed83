// On a phone, the matrix's controls fold behind one button so the first screen shows the
// positions themselves; on wider screens they are always shown, with no button.
import type { ReactNode } from "react";
import { Disclosure } from "../../ui/Disclosure";
import { PHONE_QUERY, useMediaQuery } from "../../ui/useMediaQuery";

export function PhoneFold({ label, children }: { label: string; children: ReactNode }) {
  const isPhone = useMediaQuery(PHONE_QUERY);
  if (!isPhone) return <>{children}</>;
  return (
    <Disclosure className="phone-fold" label={label}>
      {children}
    </Disclosure>
  );
}
