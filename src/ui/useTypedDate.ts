// A date input that lets a person type a date digit by digit. The browser reports a value on
// every digit (the year 2024 arrives as 0002, 0020, 0202, 2024), so committing each would
// jump the view to dates nobody asked for, and a controlled input reset to the last committed
// date overwrote what was being typed (12/31/2024 became 31 January 2025). The draft is kept
// here; a typed date is committed once typing pauses, on Enter or on leaving the field; a
// picked or pasted date at once.
import { type ChangeEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { readTypedDate } from "./typedDate";

// Long enough to type the next digit, short enough to feel immediate.
const TYPING_PAUSE_MS = 700;

export function useTypedDate(
  value: string,
  min: string,
  max: string,
  onCommit: (date: string) => void,
) {
  const [draft, setDraft] = useState<string | null>(null);
  const [shownValue, setShownValue] = useState(value);
  const isTyping = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  // A new value from outside (the slider, Back) replaces any draft.
  if (value !== shownValue) {
    setShownValue(value);
    setDraft(null);
  }
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const read = readTypedDate(draft ?? value, min, max);
  const commit = () => {
    window.clearTimeout(timer.current);
    isTyping.current = false;
    if (draft !== null && read.kind === "date") {
      setDraft(null);
      if (read.date !== value) onCommit(read.date);
    }
  };

  return {
    inputValue: draft ?? value,
    problem: draft !== null && read.kind === "problem" ? read.text : null,
    onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
      if (/^\d$/.test(event.key)) isTyping.current = true;
      if (event.key === "Enter") commit();
    },
    onChange(event: ChangeEvent<HTMLInputElement>) {
      const typed = event.target.value;
      const result = readTypedDate(typed, min, max);
      window.clearTimeout(timer.current);
      if (result.kind === "date" && !isTyping.current) {
        setDraft(null);
        onCommit(result.date);
        return;
      }
      setDraft(typed);
      if (result.kind === "date") {
        timer.current = window.setTimeout(() => {
          isTyping.current = false;
          setDraft(null);
          onCommit(result.date);
        }, TYPING_PAUSE_MS);
      }
    },
    onBlur: commit,
  };
}
