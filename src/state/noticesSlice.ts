// Notices: what the app tells the user happened (a link parameter ignored, a file exported).
// A slice of its own, apart from the user's choices, so a URL or a stored record never
// carries them.
import type { StateCreator } from "zustand";

export interface Notice {
  id: number;
  text: string;
  tone: "info" | "error";
}

export interface NoticesSlice {
  notices: Notice[];
  notify(text: string, tone?: "info" | "error"): void;
  dismissNotice(id: number): void;
}

// A notice never runs longer than this: its text may echo a pasted link or a file's content.
export const MAX_NOTICE_LENGTH = 300;

// At most this many notices stay on screen; older ones go first. A bad link already comes
// as a few coalesced notices (urlState.ts), so more means the page is talking too much.
const MAX_NOTICES = 8;

// Notice ids only need to be unique within a page load.
let nextNoticeId = 1;

export const createNoticesSlice: StateCreator<NoticesSlice> = (set) => ({
  notices: [],
  // A notice already on screen is not stacked again (e.g. the same bad link applied twice).
  notify: (text, tone = "info") =>
    set((state) => {
      const shown = text.length > MAX_NOTICE_LENGTH ? `${text.slice(0, MAX_NOTICE_LENGTH)}…` : text;
      if (state.notices.some((notice) => notice.text === shown)) return state;
      const notices = [...state.notices, { id: nextNoticeId++, text: shown, tone }];
      return { notices: notices.slice(-MAX_NOTICES) };
    }),
  dismissNotice: (id) =>
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});
