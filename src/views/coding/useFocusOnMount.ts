// Moves focus to an editor's first field when it opens in place of the button that opened it,
// so a keyboard user lands where the typing goes.
import { useEffect, useRef } from "react";

export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
